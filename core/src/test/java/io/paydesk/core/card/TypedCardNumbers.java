package io.paydesk.core.card;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Card numbers as people type them, for property tests: 13 to 19 digits with a valid check digit, written
 * together or in groups of four separated by spaces or dashes.
 */
final class TypedCardNumbers {

    private TypedCardNumbers() {
    }

    static Arbitrary<String> any() {
        return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(12).ofMaxLength(18),
                        Arbitraries.of("", " ", "-"))
                .as((body, separator) -> group(withCheckDigit(body), separator));
    }

    private static String withCheckDigit(String body) {
        for (char check = '0'; check <= '9'; check++) {
            if (Luhn.isValid(body + check)) {
                return body + check;
            }
        }
        throw new AssertionError("every body has a check digit");
    }

    private static String group(String digits, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
