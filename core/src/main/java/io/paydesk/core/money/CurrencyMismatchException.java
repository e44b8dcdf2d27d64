package io.paydesk.core.money;

import java.util.Currency;

/** Two amounts in different currencies were combined: a programming error, carrying both currencies. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private final Currency left;
    private final Currency right;

    public CurrencyMismatchException(Currency left, Currency right) {
        super("cannot combine " + left.getCurrencyCode() + " with " + right.getCurrencyCode());
        this.left = left;
        this.right = right;
    }

    public Currency left() {
        return left;
    }

    public Currency right() {
        return right;
    }
}
