package io.paydesk.core.dispute.deadline;

import java.util.Optional;

/** Whether a rule covers ATM transactions, other transactions, or both. Table form: {@code *}, {@code atm}, {@code not-atm}. */
public enum ChannelSelector {
    ANY("*"),
    ATM("atm"),
    NOT_ATM("not-atm");

    private final String id;

    ChannelSelector(String id) {
        this.id = id;
    }

    public static Optional<ChannelSelector> parse(String text) {
        for (ChannelSelector c : values()) {
            if (c.id.equals(text)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public boolean matches(boolean atm) {
        return this == ANY || (this == ATM) == atm;
    }

    int rank() {
        return this == ANY ? 0 : 1;
    }

    @Override
    public String toString() {
        return id;
    }
}
