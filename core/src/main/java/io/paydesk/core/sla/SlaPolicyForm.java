package io.paydesk.core.sla;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An SLA policy as an administrator typed it on the admin page. {@link #draft(Optional)} reads the fields
 * into a {@link SlaPolicyDraft}, naming each field it cannot read; publishing the draft
 * ({@link SlaConfiguration#publish}) checks the rest. {@link #fieldOf} says which field of this form a
 * draft's refusal belongs to.
 *
 * <h2>What each field takes</h2>
 * <ul>
 *   <li>{@code id}: lower-case letters, digits, dashes ({@code wislany-standard}); the same id is the same policy;</li>
 *   <li>{@code partner}, {@code requestType}, {@code priority}: the scope; empty for any. The partner is the
 *       organization id;</li>
 *   <li>{@code firstResponse}, {@code resolution}, {@code partnerUpdate}: business time as in
 *       {@link BusinessDuration} ({@code 4h}, {@code 16h 30m}); empty for no such goal;</li>
 *   <li>{@code calendar}: the calendar every goal is counted on;</li>
 *   <li>{@code pauses}: one line each, {@code status | reason-code | reason name} (clocks stand still in that
 *       status); the name may be left out for the built-in reasons or a code named on another line; a line
 *       without a status, {@code | merchant | Waiting for the merchant}, declares a reason agents may name;</li>
 *   <li>{@code thresholds}: warning percentages, {@code 50, 75, 90}.</li>
 * </ul>
 * Editing keeps each goal's start, restart and stop conditions from the current version (the page does not
 * show them; the JSON format does); a new goal gets its kind's usual ones.
 */
public record SlaPolicyForm(String id, String name, String partner, String requestType, String priority,
        String firstResponse, String resolution, String partnerUpdate, String calendar, String pauses,
        String thresholds) {

    /** The form's field names, in the order the page shows them. */
    public static final List<String> FIELDS = List.of("id", "name", "partner", "requestType", "priority",
            "firstResponse", "resolution", "partnerUpdate", "calendar", "pauses", "thresholds");

    private static final List<PauseReason> BUILT_IN = List.of(PauseReason.CUSTOMER_DOCUMENTS, PauseReason.PARTNER_BANK,
            PauseReason.SCHEME_OR_ACQUIRER, PauseReason.MERCHANT);

    public SlaPolicyForm {
        id = trim(id);
        name = trim(name);
        partner = trim(partner);
        requestType = trim(requestType);
        priority = trim(priority);
        firstResponse = trim(firstResponse);
        resolution = trim(resolution);
        partnerUpdate = trim(partnerUpdate);
        calendar = trim(calendar);
        pauses = trim(pauses);
        thresholds = trim(thresholds);
    }

    public static SlaPolicyForm blank() {
        return new SlaPolicyForm("", "", "", "", "", "", "", "", "", "", "50, 75, 90");
    }

    /** Reads the form from request parameters named as in {@link #FIELDS} (absent ones are blank). */
    public static SlaPolicyForm read(Function<String, String> parameter) {
        return new SlaPolicyForm(parameter.apply("id"), parameter.apply("name"), parameter.apply("partner"),
                parameter.apply("requestType"), parameter.apply("priority"), parameter.apply("firstResponse"),
                parameter.apply("resolution"), parameter.apply("partnerUpdate"), parameter.apply("calendar"),
                parameter.apply("pauses"), parameter.apply("thresholds"));
    }

    /** The form showing a version, to edit it into the next. */
    public static SlaPolicyForm of(SlaPolicy policy) {
        List<String> lines = new ArrayList<>();
        for (PauseCondition pause : policy.pauses()) {
            lines.add(pause.status() + " | " + pause.reason().code() + " | " + pause.reason().name());
        }
        for (PauseReason reason : policy.pauseReasons()) {
            if (policy.pauses().stream().noneMatch(p -> p.reason().equals(reason))) {
                lines.add("| " + reason.code() + " | " + reason.name());
            }
        }
        return new SlaPolicyForm(policy.id().value(), policy.name(),
                policy.scope().partner().map(PartnerId::value).orElse(""), policy.scope().requestType().orElse(""),
                policy.scope().priority().orElse(""), target(policy, GoalKind.FIRST_RESPONSE),
                target(policy, GoalKind.RESOLUTION), target(policy, GoalKind.PARTNER_UPDATE),
                policy.goals().get(0).calendar().value(), String.join("\n", lines),
                policy.warningPercents().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /** The goal field of a kind: {@code firstResponse}, {@code resolution}, {@code partnerUpdate}. */
    public static String goalField(GoalKind kind) {
        return switch (kind) {
            case FIRST_RESPONSE -> "firstResponse";
            case RESOLUTION -> "resolution";
            case PARTNER_UPDATE -> "partnerUpdate";
        };
    }

    /**
     * The draft the form describes, keeping the goals' conditions of {@code current} (the version being
     * edited, if any); or the refusals of fields that cannot be read.
     */
    public Outcome<SlaPolicyDraft> draft(Optional<SlaPolicy> current) {
        List<Refusal> refusals = new ArrayList<>();
        SlaPolicyDraft draft = SlaPolicy.draft(id).named(name)
                .forPartner(partner.isEmpty() ? null : partner)
                .forRequestType(requestType.isEmpty() ? null : requestType)
                .forPriority(priority.isEmpty() ? null : priority);
        for (GoalKind kind : GoalKind.values()) {
            String text = switch (kind) {
                case FIRST_RESPONSE -> firstResponse;
                case RESOLUTION -> resolution;
                case PARTNER_UPDATE -> partnerUpdate;
            };
            if (text.isEmpty()) {
                continue;
            }
            Optional<Duration> target = BusinessDuration.parse(text);
            if (target.isEmpty()) {
                refusals.add(Refusal.of(goalField(kind), text, SlaRefusals.DURATION_FORMAT));
                continue;
            }
            Optional<SlaGoal> kept = current.flatMap(policy -> policy.goal(kind));
            draft.goal(kind, target.get(), calendar,
                    kept.map(SlaGoal::startOn).orElse(kind.defaultStart()),
                    kept.map(SlaGoal::restartOn).orElse(kind.defaultRestart()),
                    kept.map(SlaGoal::stopOn).orElse(kind.defaultStop()));
        }
        pauses(draft, refusals);
        for (String piece : thresholds.split("[,\\s]+")) {
            if (piece.isEmpty()) {
                continue;
            }
            if (piece.matches("\\d{1,3}")) {
                draft.warnAt(Integer.parseInt(piece));
            } else {
                refusals.add(Refusal.of("thresholds", piece, SlaRefusals.THRESHOLD_RANGE));
            }
        }
        return refusals.isEmpty() ? Outcome.accepted(draft) : Outcome.refused(refusals);
    }

    private void pauses(SlaPolicyDraft draft, List<Refusal> refusals) {
        record Line(String text, String status, String code, String name) {
        }
        List<Line> lines = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        BUILT_IN.forEach(reason -> names.put(reason.code(), reason.name()));
        for (String text : pauses.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] parts = text.split("\\|", -1);
            if (parts.length < 2 || parts.length > 3) {
                refusals.add(Refusal.of("pauses", text, SlaRefusals.PAUSE_LINE_FORMAT));
                continue;
            }
            String reasonName = parts.length == 3 ? parts[2].strip() : "";
            Line line = new Line(text, parts[0].strip(), parts[1].strip(), reasonName);
            if (!reasonName.isEmpty()) {
                names.put(line.code(), reasonName);
            }
            lines.add(line);
        }
        for (Line line : lines) {
            String reasonName = line.name().isEmpty() ? names.get(line.code()) : line.name();
            if (reasonName == null) {
                refusals.add(Refusal.of("pauses", line.text(), SlaRefusals.PAUSE_REASON));
            } else if (line.status().isEmpty()) {
                draft.pauseReason(line.code(), reasonName);
            } else {
                draft.pauseWhile(line.status(), line.code(), reasonName);
            }
        }
    }

    /** The field of this form a draft's or a book's refusal belongs to; {@code scope} and {@code effectiveFrom} concern the whole form. */
    public static String fieldOf(String draftField) {
        if (draftField.startsWith("scope.")) {
            return draftField.substring("scope.".length());
        }
        if (draftField.startsWith("goals.")) {
            String[] parts = draftField.split("\\.");
            if (parts.length >= 3 && parts[2].equals("calendar")) {
                return "calendar";
            }
            for (GoalKind kind : GoalKind.values()) {
                if (parts[1].equals(kind.name())) {
                    return goalField(kind);
                }
            }
        }
        if (draftField.startsWith("pauses") || draftField.startsWith("pauseReasons")) {
            return "pauses";
        }
        return draftField;
    }

    private static String target(SlaPolicy policy, GoalKind kind) {
        return policy.goal(kind).map(goal -> BusinessDuration.format(goal.target())).orElse("");
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
