package io.paydesk.core.sla;

/**
 * The message keys of every refusal the SLA domain gives. Each {@link io.paydesk.core.common.Refusal}
 * names the field as the admin page shows it ({@code id}, {@code name}, {@code scope.partner},
 * {@code goals}, {@code goals.RESOLUTION.target}, {@code goals.RESOLUTION.calendar},
 * {@code goals.RESOLUTION.startOn}, {@code pauses}, {@code pauses.<status>}, {@code pauseReasons}, {@code thresholds},
 * {@code effectiveFrom}, {@code events.<id>}, {@code requestKey}) and the rejected value.
 */
public final class SlaRefusals {

    /** The policy id is not 1 to 64 lower-case letters, digits and dashes, starting with a letter or digit. */
    public static final String ID_FORMAT = "paydesk.error.sla.idFormat";
    /** The policy has no name. */
    public static final String NAME_MISSING = "paydesk.error.sla.nameMissing";
    /** A scope dimension was named with a blank value or one too long (64 characters at most for a partner). */
    public static final String SCOPE_VALUE = "paydesk.error.sla.scopeValue";
    /**
     * Two policies with the same number of named dimensions would match some of the same requests, and no
     * more specific policy decides between them. Arguments: the two policy ids (one is usually the policy
     * being published; both are others when its new scope no longer decides between them).
     */
    public static final String SCOPE_TIE = "paydesk.error.sla.scopeTie";
    /** The policy has no goal. */
    public static final String NO_GOALS = "paydesk.error.sla.noGoals";
    /** Two goals of the same kind. */
    public static final String DUPLICATE_GOAL = "paydesk.error.sla.duplicateGoal";
    /** A goal's target is missing, zero or negative. */
    public static final String GOAL_NOT_POSITIVE = "paydesk.error.sla.goalNotPositive";
    /** A goal's target is longer than the longest allowed. Argument: the maximum in hours. */
    public static final String GOAL_TOO_LONG = "paydesk.error.sla.goalTooLong";
    /** A goal names a calendar that does not exist. */
    public static final String UNKNOWN_CALENDAR = "paydesk.error.sla.unknownCalendar";
    /** A goal has no start trigger. */
    public static final String NO_START_TRIGGER = "paydesk.error.sla.noStartTrigger";
    /** A goal has neither a stop nor a restart trigger, so its clock would never stop. */
    public static final String NO_STOP_TRIGGER = "paydesk.error.sla.noStopTrigger";
    /** The same trigger both stops and restarts a goal. Argument: the trigger. */
    public static final String STOPS_AND_RESTARTS = "paydesk.error.sla.stopsAndRestarts";
    /** A trigger or pause condition names a blank status. */
    public static final String BLANK_STATUS = "paydesk.error.sla.blankStatus";
    /** Two pause conditions name the same status. */
    public static final String DUPLICATE_PAUSE_STATUS = "paydesk.error.sla.duplicatePauseStatus";
    /** A pause reason code is not lower-case letters, digits and dashes, or its name is blank. */
    public static final String PAUSE_REASON = "paydesk.error.sla.pauseReason";
    /** One pause reason code is given two different names. Argument: the other name. */
    public static final String PAUSE_REASON_CONFLICT = "paydesk.error.sla.pauseReasonConflict";
    /** A warning threshold is not a whole percentage from 1 to 99. */
    public static final String THRESHOLD_RANGE = "paydesk.error.sla.thresholdRange";
    /** The same warning threshold twice. */
    public static final String THRESHOLD_DUPLICATE = "paydesk.error.sla.thresholdDuplicate";
    /** The clock reads earlier than the book's last publication, so the new version would take effect in the past. Argument: the last publication. */
    public static final String EFFECTIVE_BEFORE_PREVIOUS = "paydesk.error.sla.effectiveBeforePrevious";
    /** An event in a request's history belongs to another request. Argument: the expected request key. */
    public static final String EVENT_OTHER_REQUEST = "paydesk.error.sla.eventOtherRequest";
    /** Two different events carry the same id. */
    public static final String EVENT_CONFLICT = "paydesk.error.sla.eventConflict";
    /** The request key is blank. */
    public static final String REQUEST_KEY_MISSING = "paydesk.error.sla.requestKeyMissing";

    /** A goal's target is not business hours and minutes such as {@code 16h} or {@code 4h 30m} (see {@link BusinessDuration}). */
    public static final String DURATION_FORMAT = "paydesk.error.sla.durationFormat";
    /** A pause line is not {@code status | reason-code | reason name}. */
    public static final String PAUSE_LINE_FORMAT = "paydesk.error.sla.pauseLineFormat";
    /** An import names the same calendar twice. */
    public static final String DUPLICATE_CALENDAR = "paydesk.error.sla.duplicateCalendar";
    /** An import names the same policy id twice. */
    public static final String DUPLICATE_POLICY = "paydesk.error.sla.duplicatePolicy";

    private SlaRefusals() {
    }
}
