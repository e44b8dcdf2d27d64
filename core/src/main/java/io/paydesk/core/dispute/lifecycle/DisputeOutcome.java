package io.paydesk.core.dispute.lifecycle;

import java.util.Locale;

/**
 * How a dispute ended, from the issuer's side.
 * <ul>
 * <li>{@link #WON}: the money came back: the acquirer accepted the dispute or pre-arbitration, did not
 * answer in time ("no response received"), dropped its own pre-arbitration, or arbitration ruled for the
 * issuer.</li>
 * <li>{@link #LOST}: arbitration ruled for the acquirer.</li>
 * <li>{@link #ACCEPTED}: the issuer accepted the acquirer's answer (dispute response, second presentment,
 * declined or inbound pre-arbitration) and stopped.</li>
 * <li>{@link #WITHDRAWN}: the cardholder or the issuer dropped the claim.</li>
 * <li>{@link #EXPIRED}: the issuer's own time limit for the next step passed without action.</li>
 * </ul>
 */
public enum DisputeOutcome {
    WON,
    LOST,
    ACCEPTED,
    WITHDRAWN,
    EXPIRED;

    public String nameKey() {
        return "paydesk.dispute.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
