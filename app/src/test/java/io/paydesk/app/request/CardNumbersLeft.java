package io.paydesk.app.request;

import io.paydesk.core.card.Luhn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent reader of card numbers in text, for tests: every run of 13 to 19 digits, written together or in
 * groups joined by one space or dash and not glued to a letter, that passes the Luhn check.
 */
public final class CardNumbersLeft {

    private static final Pattern GROUP = Pattern.compile("(?<![\\p{L}\\d])\\d+(?![\\p{L}\\d])");

    private CardNumbersLeft() {
    }

    /** The Luhn-valid 13–19-digit numbers in {@code text}, digits only; empty when none is left. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        List<int[]> groups = new ArrayList<>();
        Matcher m = GROUP.matcher(text);
        while (m.find()) {
            groups.add(new int[] {m.start(), m.end()});
        }
        for (int first = 0; first < groups.size(); first++) {
            StringBuilder digits = new StringBuilder();
            for (int last = first; last < groups.size(); last++) {
                if (last > first && !joined(text, groups.get(last - 1), groups.get(last))) {
                    break;
                }
                digits.append(text, groups.get(last)[0], groups.get(last)[1]);
                if (digits.length() >= 13 && digits.length() <= 19 && Luhn.isValid(digits)) {
                    found.add(digits.toString());
                }
            }
        }
        return found;
    }

    private static boolean joined(String text, int[] left, int[] right) {
        return right[0] - left[1] == 1 && (text.charAt(left[1]) == ' ' || text.charAt(left[1]) == '-');
    }
}
