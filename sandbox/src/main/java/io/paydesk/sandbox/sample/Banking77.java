package io.paydesk.sandbox.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Real customer queries from the BANKING77 data set (PolyAI, CC BY 4.0; Casanueva et al., 2020),
 * shipped unchanged under {@code sample-data/banking77/}. Read with a real CSV parser: some texts hold
 * quoted commas and line breaks.
 */
public final class Banking77 {

    static final String RESOURCE = "/sample-data/banking77/train.csv";

    private Banking77() {
    }

    /** Query texts by intent label, in file order, trimmed. */
    public static Map<String, List<String>> byIntent() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        try (InputStream in = Banking77.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the sandbox");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
            for (CSVRecord row : format.parse(reader)) {
                String text = row.get("text").strip().replaceAll("\\s+", " ");
                texts.computeIfAbsent(row.get("category"), k -> new ArrayList<>()).add(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
