package io.paydesk.core.request.types;

import io.paydesk.core.common.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a typed partner API incident ({@code paydesk.error.apiIncident.<field>}). */
public final class ApiIncidentIntake {

    public static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    public static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private ApiIncidentIntake() {
    }

    public static Outcome<ApiIncident> check(String partner, String operation, String severity, String firstSeen,
            String correlationId, String errorCode, String description, Clock clock) {
        Fields f = new Fields(RequestTypeKeys.API_INCIDENT, clock);
        Optional<String> p = f.text("partner", partner, true, Fields.MAX_NAME);
        Optional<String> op = f.text("operation", operation, true, Fields.MAX_NAME);
        Optional<ApiIncident.Severity> s = f.choice("severity", severity, ApiIncident.Severity.class);
        Optional<Instant> seen = f.pastInstant("firstSeen", firstSeen);
        Optional<String> correlation = f.code("correlationId", correlationId, CORRELATION_ID);
        Optional<String> code = f.code("errorCode", errorCode, ERROR_CODE);
        Optional<String> text = f.text("description", description, false, Fields.MAX_TEXT);
        return f.outcome(() -> new ApiIncident(p.orElseThrow(), op.orElseThrow(), s.orElseThrow(), seen.orElseThrow(),
                correlation.orElseThrow(), code.orElseThrow(), text.orElseThrow()));
    }
}
