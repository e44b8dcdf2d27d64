package io.paydesk.core.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the holiday tables of {@link TableHolidaySource} for the countries that
 * {@code de.focus-shift:jollyday} knows (a test-scope dependency of core only). {@link
 * JollydayHolidayTablesTest} regenerates every table in memory and fails if a committed file differs.
 *
 * <p>To rewrite the files (after changing a rule here or the jollyday version in core/pom.xml):
 *
 * <pre>
 * mvn -q -o -pl core test -Dtest=JollydayHolidayTablesTest -Dpaydesk.holidays.regenerate=true
 * </pre>
 *
 * or run {@link #main} from the IDE with the working directory {@code core}. Review the diff before
 * committing: it is the list of holiday changes that reach every business calendar.
 *
 * <p>Rules: only {@link HolidayType#PUBLIC_HOLIDAY} (official days off; no bank holidays or
 * observances); a holiday jollyday moves off a weekend is listed on the day that is taken off, with
 * the country's word for it appended ("(observed)", "(substitute day)"); a date belongs to the year it
 * falls in (the US New Year's Day of 2028, a Saturday, is observed on Friday 2027-12-31 and is listed
 * in 2027). Names are jollyday's English ones (its root bundle, never the JVM's default language).
 */
public final class JollydayHolidayTables {

    public static final int FIRST_YEAR = 2024;
    public static final int LAST_YEAR = 2030;

    /** Where the committed tables live, relative to the core module directory. */
    public static final Path SOURCE_DIRECTORY = Path.of("src/main/resources/io/paydesk/core/calendar/holidays");

    /**
     * How one country is read from jollyday: its calendar id, the subdivisions whose holidays apply
     * nation-wide for our purposes, and the suffix for a day taken off instead of a weekend holiday.
     */
    record Country(String code, String name, String calendar, List<String> subdivisions, String movedSuffix) {
    }

    /** The jollyday-backed countries, in {@link TableHolidaySource#COUNTRIES} order. */
    public static final Map<String, Country> COUNTRIES;

    static {
        Map<String, Country> countries = new LinkedHashMap<>();
        // England and Wales: jollyday's country level lacks Easter Monday and the August bank holiday.
        countries.put("GB", new Country("GB", "the United Kingdom, England and Wales", "gb", List.of("eng"), "(substitute day)"));
        countries.put("KZ", new Country("KZ", "Kazakhstan", "kz", List.of(), "(substitute day)"));
        countries.put("PL", new Country("PL", "Poland", "pl", List.of(), "(substitute day)"));
        countries.put("UA", new Country("UA", "Ukraine", "ua", List.of(), "(substitute day)"));
        // The country level is the federal holidays (5 U.S.C. 6103); states add their own in subdivisions.
        countries.put("US", new Country("US", "the United States, federal holidays", "us", List.of(), "(observed)"));
        COUNTRIES = java.util.Collections.unmodifiableMap(countries);
    }

    private JollydayHolidayTables() {
    }

    /** The jollyday version on the test class path, as its jar's Maven metadata gives it. */
    public static String jollydayVersion() {
        String path = "META-INF/maven/de.focus-shift/jollyday-core/pom.properties";
        try (var in = HolidayManager.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no " + path + " on the class path");
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return java.util.Objects.requireNonNull(properties.getProperty("version"), "version in " + path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The holidays jollyday gives for a country, by the rules above, in date then name order. */
    public static List<Holiday> holidays(Country country) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country.calendar()));
        String[] subdivisions = country.subdivisions().toArray(String[]::new);
        List<Holiday> holidays = new ArrayList<>();
        // A year before and after: a holiday of one year can be taken off in the next or previous one.
        for (int year = FIRST_YEAR - 1; year <= LAST_YEAR + 1; year++) {
            for (de.focus_shift.jollyday.core.Holiday h : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivisions)) {
                LocalDate date = h.getDate();
                if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                    continue;
                }
                String name = h.getDescription(Locale.ROOT);
                if (!date.equals(h.getActualDate())) {
                    name = name + " " + country.movedSuffix();
                }
                holidays.add(new Holiday(date, name));
            }
        }
        holidays.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::name));
        return holidays.stream().distinct().toList();
    }

    /** The whole file for a country, exactly as committed. */
    public static String table(String code) {
        Country country = COUNTRIES.get(code);
        if (country == null) {
            throw new IllegalArgumentException("jollyday does not back the table of " + code);
        }
        StringBuilder out = new StringBuilder();
        out.append("# Public holidays of ").append(country.name()).append(" (").append(code).append("): official days off, ")
                .append(FIRST_YEAR).append("-").append(LAST_YEAR).append(".\n");
        out.append("# GENERATED from de.focus-shift:jollyday-core ").append(jollydayVersion()).append(" (calendar ")
                .append(country.calendar());
        if (!country.subdivisions().isEmpty()) {
            out.append(", subdivision ").append(String.join(", ", country.subdivisions()));
        }
        out.append(", type PUBLIC_HOLIDAY)\n");
        out.append("# by io.paydesk.core.calendar.JollydayHolidayTables (core test sources). Do not edit by hand:\n");
        out.append("# JollydayHolidayTablesTest fails on any difference; see that class for how to regenerate.\n");
        out.append("years=").append(FIRST_YEAR).append("-").append(LAST_YEAR).append("\n");
        for (Holiday holiday : holidays(country)) {
            out.append(holiday.date()).append(",").append(holiday.name()).append("\n");
        }
        return out.toString();
    }

    /** Rewrites every jollyday-backed table under {@code directory}. */
    public static void writeAll(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String code : COUNTRIES.keySet()) {
            Files.writeString(directory.resolve(code + ".csv"), table(code), StandardCharsets.UTF_8);
        }
    }

    /** Regenerates the committed tables; run with the working directory {@code core}. */
    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : SOURCE_DIRECTORY;
        writeAll(directory);
        System.out.println("rewrote " + COUNTRIES.keySet() + " in " + directory.toAbsolutePath());
    }
}
