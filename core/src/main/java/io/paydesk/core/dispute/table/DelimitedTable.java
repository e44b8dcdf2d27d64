package io.paydesk.core.dispute.table;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The plain text format of every dispute data table, read without any library:
 *
 * <pre>
 * # a comment line (also after leading spaces); blank lines are ignored
 * book=paydesk-defaults          settings: name=value lines before the header
 * rule;scheme;stage;days         the header: column names separated by ';'
 * visa-dispute;visa;DISPUTE;120  rows: exactly as many ';'-separated cells as the header
 * </pre>
 *
 * Cells are trimmed; a cell cannot contain ';' (there is no quoting). Files are UTF-8. Lines are numbered
 * from 1 as an editor shows them, so a refusal can name "line 12".
 */
public record DelimitedTable(Map<String, String> settings, List<String> columns, List<Row> rows) {

    public static final char SEPARATOR = ';';

    public DelimitedTable {
        settings = Map.copyOf(settings);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One data line: its line number in the file and its cells by column name. */
    public record Row(int line, Map<String, String> cells) {

        public Row {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }

        public String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return value;
        }

        /** The refusal field for a cell: {@code line 12: days}. */
        public String field(String column) {
            return "line " + line + ": " + column;
        }
    }

    /**
     * Reads a table whose header must be exactly {@code expectedColumns}. Refusals name the line: a wrong
     * header, a row with the wrong number of cells, or a setting line that is not {@code name=value}.
     */
    public static Outcome<DelimitedTable> parse(String text, List<String> expectedColumns) {
        Objects.requireNonNull(text, "text");
        List<Refusal> refusals = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header == null && line.indexOf(SEPARATOR) < 0) {
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    refusals.add(Refusal.of("line " + lineNumber, line, DisputeMessageKeys.TABLE_SETTING));
                } else {
                    settings.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
                continue;
            }
            List<String> cells = split(line);
            if (header == null) {
                header = cells;
                if (!header.equals(expectedColumns)) {
                    refusals.add(Refusal.of("line " + lineNumber, line, DisputeMessageKeys.TABLE_HEADER,
                            String.join(String.valueOf(SEPARATOR), expectedColumns)));
                    return Outcome.refused(refusals);
                }
                continue;
            }
            if (cells.size() != header.size()) {
                refusals.add(Refusal.of("line " + lineNumber, line, DisputeMessageKeys.TABLE_COLUMNS,
                        Integer.toString(header.size()), Integer.toString(cells.size())));
                continue;
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byName.put(header.get(c), cells.get(c));
            }
            rows.add(new Row(lineNumber, byName));
        }
        if (header == null) {
            refusals.add(Refusal.of("line " + lines.length, "", DisputeMessageKeys.TABLE_HEADER,
                    String.join(String.valueOf(SEPARATOR), expectedColumns)));
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        return Outcome.accepted(new DelimitedTable(settings, header, rows));
    }

    /** Reads a table shipped inside the jar; a broken shipped table is a programming error. */
    public static DelimitedTable resource(Class<?> anchor, String path, List<String> expectedColumns) {
        String text = readResource(anchor, path);
        return switch (parse(text, expectedColumns)) {
            case Outcome.Accepted<DelimitedTable> ok -> ok.value();
            case Outcome.Refused<DelimitedTable> refused ->
                    throw new IllegalStateException(path + " is not a valid table: " + refused.refusals());
        };
    }

    public static String readResource(Class<?> anchor, String path) {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == SEPARATOR) {
                cells.add(line.substring(start, i).strip());
                start = i + 1;
            }
        }
        return cells;
    }
}
