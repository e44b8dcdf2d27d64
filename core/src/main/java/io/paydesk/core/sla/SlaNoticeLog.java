package io.paydesk.core.sla;

import java.util.List;

/**
 * Port: where SLA notices go (the SLA panel shows them; escalations may act on them). Each notice is kept
 * once by its {@link SlaNotice#key()}: recording the same mark again, from a second run or a second
 * cluster node, changes nothing.
 */
public interface SlaNoticeLog {

    /** Keeps the notice; {@code true} when it is new, {@code false} when its key was already recorded. */
    boolean record(SlaNotice notice);

    /** The request's notices, earliest first; none for a blank or unknown key. */
    List<SlaNotice> list(String requestKey);
}
