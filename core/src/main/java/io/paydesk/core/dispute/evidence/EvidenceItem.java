package io.paydesk.core.dispute.evidence;

import java.util.Objects;
import java.util.regex.Pattern;

/** A piece of evidence an agent gathers, e.g. {@code cardholderStatement}; its name is a message key. */
public record EvidenceItem(String id) {

    private static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]{1,63}");

    public EvidenceItem {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an evidence id: " + id);
        }
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** {@code paydesk.dispute.evidence.cardholderStatement}. */
    public String nameKey() {
        return "paydesk.dispute.evidence." + id;
    }

    @Override
    public String toString() {
        return id;
    }
}
