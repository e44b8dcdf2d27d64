package io.paydesk.core.calendar;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National public holidays read from tables shipped in core, one per country:
 * {@code io/paydesk/core/calendar/holidays/<ISO 3166-1 alpha-2>.csv}, UTF-8, in this format:
 *
 * <pre>
 * # a comment line; blank lines are ignored
 * years=2024-2030                   the years the table covers, once, before the first holiday
 * 2026-11-11,Independence Day       an ISO date, a comma, the English name (the name may contain commas)
 * </pre>
 *
 * Holidays are in date order; every date falls in the covered years. Tables of countries that
 * {@code de.focus-shift:jollyday} knows are generated from it by {@code JollydayHolidayTables} in the
 * core test sources (a test fails if a table drifts from jollyday); the others are kept by hand, each
 * citing its legal source in its header comment. Core itself depends on no holiday library.
 *
 * <p>All tables are read once, when the class is first used, and a malformed table fails loudly then,
 * naming the file and line. Immutable and thread-safe.
 */
public final class TableHolidaySource implements HolidaySource {

    /** The countries that have a table, in alphabetical order. */
    public static final List<String> COUNTRIES = List.of("GB", "KZ", "PL", "UA", "US", "UZ");

    /** The tables' directory, relative to this class's package. */
    static final String DIRECTORY = "holidays/";

    /** The setting line naming the covered years, for example {@code years=2024-2030}. */
    private static final Pattern YEARS = Pattern.compile("years=(\\d{4})-(\\d{4})");

    /** One country's table: the covered years and the holidays of each of them, in date order. */
    record Table(String country, int firstYear, int lastYear, Map<Integer, List<Holiday>> byYear) {

        Table {
            Map<Integer, List<Holiday>> copy = new TreeMap<>();
            for (int year = firstYear; year <= lastYear; year++) {
                copy.put(year, List.copyOf(byYear.getOrDefault(year, List.of())));
            }
            byYear = java.util.Collections.unmodifiableMap(copy);
        }

        boolean covers(int year) {
            return year >= firstYear && year <= lastYear;
        }
    }

    /** Initialisation-on-demand holder: the JVM reads the tables exactly once, safely published to all threads. */
    private static final class Tables {
        static final Map<String, Table> BY_COUNTRY = loadAll();
    }

    public TableHolidaySource() {
        // Touch the holder so that a broken table fails here, not at the first look-up.
        Objects.requireNonNull(Tables.BY_COUNTRY);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The country code is matched ignoring case and surrounding spaces. A year the country's table
     * does not cover is refused with {@link CalendarRefusals#YEAR_NOT_COVERED} on field {@code year},
     * arguments: the country, the first and the last covered year.
     */
    @Override
    public Outcome<List<Holiday>> holidays(String countryCode, int year) {
        String code = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        Table table = Tables.BY_COUNTRY.get(code);
        if (table == null) {
            return Outcome.refused(Refusal.of("country", countryCode, CalendarRefusals.UNKNOWN_COUNTRY));
        }
        if (!table.covers(year)) {
            return Outcome.refused(Refusal.of("year", Integer.toString(year), CalendarRefusals.YEAR_NOT_COVERED,
                    code, Integer.toString(table.firstYear()), Integer.toString(table.lastYear())));
        }
        return Outcome.accepted(table.byYear().get(year));
    }

    /** The countries this source knows, as ISO 3166-1 alpha-2 codes. */
    public Set<String> countries() {
        return Tables.BY_COUNTRY.keySet();
    }

    private static Map<String, Table> loadAll() {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String country : COUNTRIES) {
            String file = DIRECTORY + country + ".csv";
            tables.put(country, parse(country, file, read(file)));
        }
        return java.util.Collections.unmodifiableMap(tables);
    }

    private static String read(String file) {
        try (InputStream in = TableHolidaySource.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing holiday table " + file + " next to " + TableHolidaySource.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday table " + file, e);
        }
    }

    /**
     * Reads one table; any malformed line is an {@link IllegalStateException} naming the file and the
     * line (numbered from 1, as an editor shows it).
     */
    static Table parse(String country, String file, String text) {
        Integer firstYear = null;
        Integer lastYear = null;
        Map<Integer, List<Holiday>> byYear = new TreeMap<>();
        Set<Holiday> seen = new java.util.HashSet<>();
        LocalDate previous = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = file + " line " + (i + 1) + ": ";
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("years=")) {
                Matcher m = YEARS.matcher(line);
                if (!m.matches()) {
                    throw new IllegalStateException(where + "expected years=<first>-<last>, for example years=2024-2030, not " + line);
                }
                if (firstYear != null) {
                    throw new IllegalStateException(where + "the covered years are given twice");
                }
                if (previous != null) {
                    throw new IllegalStateException(where + "the covered years must come before the first holiday");
                }
                firstYear = Integer.parseInt(m.group(1));
                lastYear = Integer.parseInt(m.group(2));
                if (lastYear < firstYear || firstYear < BusinessCalendar.FIRST_YEAR || lastYear > BusinessCalendar.LAST_YEAR) {
                    throw new IllegalStateException(where + "not a range of years between " + BusinessCalendar.FIRST_YEAR
                            + " and " + BusinessCalendar.LAST_YEAR + ": " + line);
                }
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0) {
                throw new IllegalStateException(where + "expected date,name but found " + line);
            }
            if (firstYear == null) {
                throw new IllegalStateException(where + "a holiday before the covered years (years=<first>-<last>)");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(line.substring(0, comma).strip());
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(where + "not an ISO date (yyyy-mm-dd): " + line.substring(0, comma).strip(), e);
            }
            String name = line.substring(comma + 1).strip();
            if (name.isEmpty()) {
                throw new IllegalStateException(where + "the holiday on " + date + " has no name");
            }
            if (date.getYear() < firstYear || date.getYear() > lastYear) {
                throw new IllegalStateException(where + date + " is outside the covered years " + firstYear + "-" + lastYear);
            }
            if (previous != null && date.isBefore(previous)) {
                throw new IllegalStateException(where + date + " comes after " + previous + ": keep the holidays in date order");
            }
            Holiday holiday = new Holiday(date, name);
            if (!seen.add(holiday)) {
                throw new IllegalStateException(where + "the same holiday twice: " + line);
            }
            previous = date;
            byYear.computeIfAbsent(date.getYear(), y -> new ArrayList<>()).add(holiday);
        }
        if (firstYear == null) {
            throw new IllegalStateException(file + ": no covered years (a line years=<first>-<last>)");
        }
        return new Table(country, firstYear, lastYear, byYear);
    }
}
