package io.paydesk.core.dispute.scheme;

import java.util.Objects;

/**
 * A reason code the scheme no longer accepts, with the current code that took its place (Mastercard
 * consolidated its message reason codes into four chargeback groups, e.g. 4855 "goods or services not
 * provided" is now filed as 4853 "cardholder dispute"). Kept so agents can read old cases and so typing an
 * old code tells them which one to use.
 */
public record RetiredReasonCode(SchemeId scheme, String code, ReasonCode replacedBy) {

    public RetiredReasonCode {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(replacedBy, "replacedBy");
    }

    public String descriptionKey() {
        return "paydesk.dispute.reason." + scheme.value() + "." + code;
    }
}
