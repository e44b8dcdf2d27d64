package io.paydesk.core.sla;

import java.util.Objects;

/**
 * A condition that starts, restarts or stops a goal's clock, checked against one event of the request's
 * history together with the request's status just before and just after it. Statuses are compared
 * exactly as the host names them.
 */
public sealed interface Trigger {

    boolean matches(RequestEvent event, String statusBefore, String statusAfter);

    static Trigger on(EventKind kind) {
        return new On(kind);
    }

    static Trigger entersStatus(String status) {
        return new EntersStatus(status);
    }

    static Trigger leavesStatus(String status) {
        return new LeavesStatus(status);
    }

    /** Any event of this kind. */
    record On(EventKind kind) implements Trigger {
        public On {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public boolean matches(RequestEvent event, String statusBefore, String statusAfter) {
            return event.change().kind() == kind;
        }

        @Override
        public String toString() {
            return kind.toString();
        }
    }

    /** An event after which the request is in this status and before which it was not. */
    record EntersStatus(String status) implements Trigger {
        public EntersStatus {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public boolean matches(RequestEvent event, String statusBefore, String statusAfter) {
            return statusAfter.equals(status) && !statusBefore.equals(status);
        }

        @Override
        public String toString() {
            return "enters '" + status + "'";
        }
    }

    /** An event before which the request was in this status and after which it is not. */
    record LeavesStatus(String status) implements Trigger {
        public LeavesStatus {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public boolean matches(RequestEvent event, String statusBefore, String statusAfter) {
            return statusBefore.equals(status) && !statusAfter.equals(status);
        }

        @Override
        public String toString() {
            return "leaves '" + status + "'";
        }
    }
}
