package io.paydesk.core.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PanRedactorTest {

    /** A group is a digit run not glued to letters; groups joined by one space or dash may form a number. */
    private static final Pattern GROUP = Pattern.compile("(?<![\\p{L}\\d])\\d+(?![\\p{L}\\d])");

    @ParameterizedTest(name = "[{0}] becomes [{1}]")
    @CsvSource(delimiter = '|', value = {
            "card 4111111111111111 was charged twice | card 411111******1111 was charged twice",
            "my card is 4111 1111 1111 1111. | my card is 4111 11** **** 1111.",
            "5555-5555-5555-4444 | 5555-55**-****-4444",
            "call +998 71 200 00 00 please | call +998 71 200 00 00 please",
            "ARN 74000000000000000000019 stays | ARN 74000000000000000000019 stays",
            "order 4111111111111112 fails Luhn | order 4111111111111112 fails Luhn",
            "RRN 924318720613 is a reference, not a card | RRN 924318720613 is a reference, not a card",
            "ref A4111111111111111 is glued to a letter | ref A4111111111111111 is glued to a letter",
    })
    void masksCardNumbersAndLeavesOtherNumbersAlone(String text, String expected) {
        assertThat(PanRedactor.redact(text)).isEqualTo(expected);
    }

    @Property
    void maskingNeverLeavesAValidCardNumberBehind(@ForAll("textWithCardNumbers") String text) {
        String redacted = PanRedactor.redact(text);

        java.util.List<int[]> groups = new java.util.ArrayList<>();
        Matcher m = GROUP.matcher(redacted);
        while (m.find()) {
            groups.add(new int[] {m.start(), m.end()});
        }
        for (int first = 0; first < groups.size(); first++) {
            StringBuilder digits = new StringBuilder();
            for (int last = first; last < groups.size(); last++) {
                if (last > first && !joined(redacted, groups.get(last - 1), groups.get(last))) {
                    break;
                }
                digits.append(redacted, groups.get(last)[0], groups.get(last)[1]);
                if (digits.length() >= 13 && digits.length() <= 19) {
                    assertThat(Luhn.isValid(digits)).as("left behind: %s in [%s]", digits, redacted).isFalse();
                }
            }
        }
        assertThat(redacted).hasSameSizeAs(text);
    }

    private static boolean joined(String text, int[] left, int[] right) {
        return right[0] - left[1] == 1 && (text.charAt(left[1]) == ' ' || text.charAt(left[1]) == '-');
    }

    @ParameterizedTest(name = "[{0}] becomes [{1}]")
    @CsvSource(delimiter = '|', value = {
            "4111111111111111 5555555555554444 | 411111******1111 555555******4444",
            "cards 4111111111111111, 5555555555554444 | cards 411111******1111, 555555******4444",
    })
    void twoCardNumbersSideBySideAreBothMasked(String text, String expected) {
        assertThat(PanRedactor.redact(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> textWithCardNumbers() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abc xyzАБВ.,:").ofMaxLength(12);
        Arbitrary<String> pans = TypedCardNumbers.any();
        return Combinators.combine(words, pans, words, pans, words).as((a, p, b, q, c) -> a + " " + p + " " + b + q + " " + c);
    }
}
