package io.paydesk.sandbox.web;

import io.paydesk.core.common.Refusal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a refused dispute step left to show on the next view of the issue, per viewer and issue: the
 * post-redirect-get pattern, so a reload never records a step twice. Taken once.
 */
public final class DisputeFlash {

    private final Map<String, List<Refusal>> pending = new ConcurrentHashMap<>();

    void put(String username, String issueKey, List<Refusal> refusals) {
        pending.put(username + "\n" + issueKey, List.copyOf(refusals));
    }

    public List<Refusal> take(String username, String issueKey) {
        List<Refusal> refusals = pending.remove(username + "\n" + issueKey);
        return refusals == null ? List.of() : refusals;
    }
}
