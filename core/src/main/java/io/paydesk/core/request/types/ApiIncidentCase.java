package io.paydesk.core.request.types;

import io.paydesk.core.common.Outcome;
import java.time.Instant;
import java.util.Objects;

/**
 * A partner API incident's lifecycle: Open → Mitigated → Resolved, each state keeping every earlier
 * timestamp, which are in order: first seen ≤ opened ≤ mitigated ≤ resolved.
 */
public sealed interface ApiIncidentCase {

    String TYPE = RequestTypeKeys.API_INCIDENT;

    ApiIncident incident();

    Instant openedAt();

    static Outcome<Open> open(ApiIncident incident, Instant at) {
        return Moves.after(TYPE, incident.firstSeen(), at, () -> new Open(incident, at));
    }

    record Open(ApiIncident incident, Instant openedAt) implements ApiIncidentCase {
        public Open {
            Objects.requireNonNull(incident, "incident");
            if (openedAt.isBefore(incident.firstSeen())) {
                throw new IllegalArgumentException("opened before first seen");
            }
        }

        public Outcome<Mitigated> mitigated(Instant at) {
            return Moves.after(TYPE, openedAt, at, () -> new Mitigated(incident, openedAt, at));
        }
    }

    record Mitigated(ApiIncident incident, Instant openedAt, Instant mitigatedAt) implements ApiIncidentCase {
        public Mitigated {
            if (mitigatedAt.isBefore(openedAt)) {
                throw new IllegalArgumentException("mitigated before opened");
            }
        }

        public Outcome<Resolved> resolved(Instant at) {
            return Moves.after(TYPE, mitigatedAt, at, () -> new Resolved(incident, openedAt, mitigatedAt, at));
        }
    }

    record Resolved(ApiIncident incident, Instant openedAt, Instant mitigatedAt, Instant resolvedAt)
            implements ApiIncidentCase {
        public Resolved {
            if (mitigatedAt.isBefore(openedAt) || resolvedAt.isBefore(mitigatedAt)) {
                throw new IllegalArgumentException("incident timestamps out of order");
            }
        }
    }
}
