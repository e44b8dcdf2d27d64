package io.paydesk.app.request.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.request.types.RequestIntake;
import io.paydesk.core.request.types.RequestType;
import io.paydesk.core.setup.IssueTypeSpec;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a Jira issue of one of the six request types next to card disputes (loyalty claim, refund or withdrawal
 * not received, failed top-up, card block/unblock, KYC/AML review, partner API incident) with the domain's
 * {@link RequestIntake}: every catalogue field of its type and the description, as typed. "Not in the future" is
 * judged in the partner bank's zone; a request with no (configured) partner bank is judged in the zone of the Jira
 * user on the transition, the person who typed it. A payment dispute or any other issue type is not checked here.
 */
@Named
public class JiraRequestIntake {

    /** The transition variable carrying the accepted {@link RequestType} from the validator to the post-functions. */
    static final String CHECKED_REQUEST = "paydesk.checkedRequest";

    private final JiraCatalogueFields fields;
    private final TimeZoneManager timeZones;
    private final Clock clock;

    @Inject
    public JiraRequestIntake(JiraCatalogueFields fields, @ComponentImport TimeZoneManager timeZones) {
        this(fields, timeZones, Clock.systemUTC());
    }

    public JiraRequestIntake(JiraCatalogueFields fields, TimeZoneManager timeZones, Clock clock) {
        this.fields = fields;
        this.timeZones = timeZones;
        this.clock = clock;
    }

    /** A checked request of one of the six types: its catalogue type and what the intake made of it. */
    public record Checked(IssueTypeSpec type, Outcome<RequestType> outcome) {
    }

    /** The check of the issue's request; empty for a payment dispute or an issue type outside the catalogue. */
    public Optional<Checked> check(Issue issue) {
        Optional<IssueTypeSpec> type = fields.issueTypeOf(issue).filter(t -> RequestIntake.handles(t.key()));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> typed = new HashMap<>(fields.typed(issue, type.get()));
        typed.put(RequestIntake.DESCRIPTION, issue.getDescription() == null ? "" : issue.getDescription());
        return Optional.of(new Checked(type.get(),
                RequestIntake.check(type.get().key(), typed, clock.withZone(zoneOf(issue)))));
    }

    /** Jira's id of the field a refusal names: the description, or the catalogue field of that key. */
    public Optional<String> jiraFieldId(IssueTypeSpec type, String fieldKey) {
        if (RequestIntake.DESCRIPTION.equals(fieldKey)) {
            return Optional.of(RequestIntake.DESCRIPTION);
        }
        return type.fields().stream().filter(f -> f.key().equals(fieldKey)).findFirst().flatMap(fields::jiraFieldId);
    }

    /**
     * The request accepted on this transition, as the validator left it; otherwise the issue checked afresh (empty
     * when it is not one of the six types or its fields are refused).
     */
    public Optional<RequestType> accepted(Map<?, ?> transientVars, Issue issue) {
        if (transientVars != null && transientVars.get(CHECKED_REQUEST) instanceof RequestType handed) {
            return Optional.of(handed);
        }
        return check(issue).flatMap(checked -> checked.outcome() instanceof Outcome.Accepted<RequestType> ok
                ? Optional.of(ok.value()) : Optional.empty());
    }

    /** Leaves the accepted request for the post-functions of the same transition. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void handOver(Map transientVars, RequestType request) {
        transientVars.put(CHECKED_REQUEST, request);
    }

    private ZoneId zoneOf(Issue issue) {
        return fields.partner(issue).map(PartnerBank::zone)
                .orElseGet(() -> timeZones.getLoggedInUserTimeZone().toZoneId());
    }
}
