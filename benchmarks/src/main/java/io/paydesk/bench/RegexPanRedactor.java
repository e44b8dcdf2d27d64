package io.paydesk.bench;

import io.paydesk.core.card.Luhn;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The straightforward way to mask card numbers, as a reference for the benchmark: a regular expression
 * for 13 to 19 digits with optional single separators, the Luhn check on each match, then masking. It
 * finds the same card numbers as {@code PanRedactor} on ordinary text (one number per run), which
 * {@code RegexPanRedactorTest} checks on the benchmark corpus.
 */
public final class RegexPanRedactor {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\d])\\d(?:[ -]?\\d){12,18}(?![\\p{L}\\d])");

    private RegexPanRedactor() {
    }

    public static String redact(String text) {
        Matcher m = CANDIDATE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (!Luhn.isValid(digits)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start());
            int index = 0;
            for (char c : m.group().toCharArray()) {
                if (Character.isDigit(c)) {
                    out.append(index >= 6 && index < digits.length() - 4 ? '*' : c);
                    index++;
                } else {
                    out.append(c);
                }
            }
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }
}
