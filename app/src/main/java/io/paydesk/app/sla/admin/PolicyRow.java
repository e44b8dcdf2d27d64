package io.paydesk.app.sla.admin;

import java.util.List;

/**
 * A policy in the list: its current version described in the viewer's language, the preview of its due
 * times for a request created now, and its earlier versions, newest first.
 */
public record PolicyRow(String id, String name, int version, String effectiveFrom, String scope, List<String> goals,
                        String pauses, String thresholds, List<String> preview, List<String> history) {

    public PolicyRow {
        goals = List.copyOf(goals);
        preview = List.copyOf(preview);
        history = List.copyOf(history);
    }

    public boolean hasHistory() {
        return !history.isEmpty();
    }
}
