package io.paydesk.core.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonStringMaskingTest {

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"body\":\"card 4111111111111111 was charged twice\"} | {\"body\":\"card 411111******1111 was charged twice\"}",
            "{\"body\":\"4111 1111 1111 1111\"} | {\"body\":\"4111 11** **** 1111\"}",
            "{\"body\":\"5555-5555-5555-4444\"} | {\"body\":\"5555-55**-****-4444\"}",
            "{\"body\":\"4111111111111111 and 5555555555554444\"} | {\"body\":\"411111******1111 and 555555******4444\"}",
            "{\"summary\":\"4111111111111111\",\"description\":\"x 5555555555554444\"} | {\"summary\":\"411111******1111\",\"description\":\"x 555555******4444\"}",
            "{\"fields\":{\"customfield_10010\":\"4111111111111111\"}} | {\"fields\":{\"customfield_10010\":\"411111******1111\"}}",
            "{\"update\":{\"comment\":[{\"add\":{\"body\":\"4111111111111111\"}}]}} | {\"update\":{\"comment\":[{\"add\":{\"body\":\"411111******1111\"}}]}}",
            "[\"Карта 4111111111111111 списана\"] | [\"Карта 411111******1111 списана\"]",
            "{\"4111111111111111\":\"a key is a string too\"} | {\"411111******1111\":\"a key is a string too\"}",
    })
    void masksCardNumbersInsideStringLiterals(String json, String expected) {
        assertThat(JsonStringMasking.mask(json)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"body\":\"order 4111111111111112 fails the Luhn check\"}",
            "{\"body\":\"RRN 924318720613 is a reference\"}",
            "{\"body\":\"nothing to mask\",\"public\":true}",
            "{\"amount\":4111111111111111}",
            "{\"ids\":[4111111111111111, 5555555555554444],\"n\":-4111111111111111e3}",
            "{\"body\":\"broken escape \\q 4111111111111111\"}",
            "{\"body\":\"broken unicode escape \\u00G1 4111111111111111\"}",
            "{\"body\":\"no closing quote 4111111111111111",
            "``",
            "{}",
    })
    void leavesEverythingElseAsItIs(String json) {
        assertThat(JsonStringMasking.mask(json)).isSameAs(json);
    }

    @Test
    void escapedQuotesAndBackslashesDoNotLoseTrackOfWhereAStringEnds() {
        String json = "[\"quote \\\" inside\", \"C:\\\\\", \"4111111111111111\", \"say \\\"4111111111111111\\\"\"]";

        assertThat(JsonStringMasking.mask(json)).isEqualTo(
                "[\"quote \\\" inside\", \"C:\\\\\", \"411111******1111\", \"say \\\"411111******1111\\\"\"]");
    }

    @Test
    void aQuoteInsideAStringDoesNotHideTheNumberAfterIt() {
        String json = "{\"a\":\"\\\"\",\"b\":4111111111111111,\"c\":\"4111111111111111\"}";

        assertThat(JsonStringMasking.mask(json)).isEqualTo("{\"a\":\"\\\"\",\"b\":4111111111111111,\"c\":\"411111******1111\"}");
    }

    @Test
    void digitsWrittenAsUnicodeEscapesAreFoundAndEachEscapeBecomesOneStar() {
        String json = "{\"body\":\"\\u0034\\u0031\\u0031111\\u0031\\u0031\\u0031\\u0031\\u0031\\u00311111\"}";

        assertThat(JsonStringMasking.mask(json)).isEqualTo("{\"body\":\"\\u0034\\u0031\\u0031111******1111\"}");
    }

    @Test
    void separatorsWrittenAsEscapesStayEscaped() {
        String json = "[\"4111\\u00201111\\u00201111\\u00201111\"]";

        assertThat(JsonStringMasking.mask(json)).isEqualTo("[\"4111\\u002011**\\u0020****\\u00201111\"]");
    }

    @Test
    void otherEscapesAroundACardNumberAreKeptAsWritten() {
        String json = "[\"line\\none\\t4111111111111111\\r\\n\\u0436\\/\"]";

        assertThat(JsonStringMasking.mask(json)).isEqualTo("[\"line\\none\\t411111******1111\\r\\n\\u0436\\/\"]");
    }

    /**
     * Whatever strings a JSON array holds and however its characters are escaped, masking the JSON text gives the
     * JSON of the masked strings: the literals still decode, and each decodes to what {@link PanRedactor} makes of
     * the original.
     */
    @Property
    void maskingTheJsonEqualsMaskingEachDecodedString(@ForAll("texts") List<String> texts,
                                                      @ForAll("escapeChoices") List<Boolean> escapeDigits) {
        String json = array(texts, escapeDigits);

        List<String> decoded = decodeArray(JsonStringMasking.mask(json));

        assertThat(decoded).containsExactlyElementsOf(texts.stream().map(PanRedactor::redact).toList());
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abc xyzАБВ.,:\"\\/\n").ofMaxLength(10);
        Arbitrary<String> pans = TypedCardNumbers.any();
        Arbitrary<String> text = Combinators.combine(words, pans, words, pans.injectNull(0.5))
                .as((a, p, b, q) -> a + p + b + (q == null ? "" : " " + q));
        return text.list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Boolean>> escapeChoices() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(8);
    }

    /** A JSON array of the texts; digits are written as {@code \\u00XX} where the rotating choice says so. */
    private static String array(List<String> texts, List<Boolean> escapeDigits) {
        StringBuilder json = new StringBuilder("[");
        int turn = 0;
        for (String text : texts) {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append('"');
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c == '\n') {
                    json.append("\\n");
                } else if (c >= '0' && c <= '9' && escapeDigits.get(turn++ % escapeDigits.size())) {
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }

    /** Reads back an array of strings written by {@link #array}: a strict reader, so broken JSON fails the test. */
    private static List<String> decodeArray(String json) {
        List<String> values = new ArrayList<>();
        int i = 0;
        if (json.charAt(i++) != '[') {
            throw new AssertionError("not an array: " + json);
        }
        while (json.charAt(i) != ']') {
            if (json.charAt(i) == ',' || json.charAt(i) == ' ') {
                i++;
                continue;
            }
            if (json.charAt(i++) != '"') {
                throw new AssertionError("not a string at " + (i - 1) + ": " + json);
            }
            StringBuilder value = new StringBuilder();
            while (json.charAt(i) != '"') {
                char c = json.charAt(i++);
                if (c == '\\') {
                    char escape = json.charAt(i++);
                    switch (escape) {
                        case '"', '\\', '/' -> value.append(escape);
                        case 'n' -> value.append('\n');
                        case 'u' -> {
                            value.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> throw new AssertionError("bad escape \\" + escape + " in " + json);
                    }
                } else if (c < 0x20) {
                    throw new AssertionError("raw control character in " + json);
                } else {
                    value.append(c);
                }
            }
            i++;
            values.add(value.toString());
        }
        if (i != json.length() - 1) {
            throw new AssertionError("text after the array: " + json);
        }
        return values;
    }
}
