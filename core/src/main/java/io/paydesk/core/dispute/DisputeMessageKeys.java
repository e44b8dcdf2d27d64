package io.paydesk.core.dispute;

/**
 * Every message key the dispute domain puts in a {@link io.paydesk.core.common.Refusal}. The texts live in
 * the bundle {@code io.paydesk.core.dispute.i18n.dispute} (en, ru, uz, uk, pl); a test checks that each
 * constant here has a text in all five. Arguments follow {@link java.text.MessageFormat}.
 */
public final class DisputeMessageKeys {

    public static final String BUNDLE = "io.paydesk.core.dispute.i18n.dispute";

    // Transaction facts typed by a person.
    public static final String RRN_FORMAT = "paydesk.error.transaction.rrn.format";
    public static final String ARN_FORMAT = "paydesk.error.transaction.arn.format";
    public static final String ARN_CHECK_DIGIT = "paydesk.error.transaction.arn.checkDigit";
    public static final String REFERENCE_MISSING = "paydesk.error.transaction.reference.missing";
    public static final String AUTH_CODE_FORMAT = "paydesk.error.transaction.authCode.format";
    public static final String DATE_MISSING = "paydesk.error.transaction.date.missing";
    public static final String DATE_FORMAT = "paydesk.error.transaction.date.format";
    public static final String DATE_FUTURE = "paydesk.error.transaction.date.future";
    public static final String SETTLEMENT_BEFORE_TRANSACTION = "paydesk.error.transaction.settlement.beforeTransaction";
    public static final String MERCHANT_MISSING = "paydesk.error.transaction.merchant.missing";
    public static final String MERCHANT_TOO_LONG = "paydesk.error.transaction.merchant.tooLong";
    public static final String MERCHANT_CARD_NUMBER = "paydesk.error.transaction.merchant.cardNumber";
    public static final String MCC_FORMAT = "paydesk.error.transaction.mcc.format";

    public static final String AMOUNT_NOT_POSITIVE = "paydesk.error.dispute.amount.notPositive";
    public static final String EXPECTED_BEFORE_TRANSACTION = "paydesk.error.dispute.expectedServiceDate.beforeTransaction";

    // Schemes and reason codes.
    public static final String SCHEME_UNKNOWN = "paydesk.error.dispute.scheme.unknown";
    public static final String SCHEME_NO_RULES = "paydesk.error.dispute.scheme.noRules";
    public static final String SCHEME_WRONG_FLOW = "paydesk.error.dispute.scheme.wrongFlow";
    public static final String REASON_UNKNOWN = "paydesk.error.dispute.reason.unknown";
    public static final String REASON_RETIRED = "paydesk.error.dispute.reason.retired";

    // Lifecycle.
    public static final String DATE_BEFORE_STAGE = "paydesk.error.dispute.date.beforeStage";
    public static final String DATE_BEFORE_TRANSACTION = "paydesk.error.dispute.date.beforeTransaction";
    public static final String DATE_IN_FUTURE = "paydesk.error.dispute.date.future";
    public static final String DEADLINE_PASSED = "paydesk.error.dispute.deadline.passed";
    public static final String DEADLINE_NOT_PASSED = "paydesk.error.dispute.deadline.notPassed";
    public static final String DEADLINE_NONE = "paydesk.error.dispute.deadline.none";
    public static final String DEADLINE_NO_RULE = "paydesk.error.dispute.deadline.noRule";
    public static final String DEADLINE_ANCHOR_MISSING = "paydesk.error.dispute.deadline.anchorMissing";
    /** Arguments: the calendar's name, the date counted from, {@code BusinessDays.MAX_GAP_DAYS}, the rule id. */
    public static final String DEADLINE_NO_BUSINESS_DAY = "paydesk.error.dispute.deadline.noBusinessDay";
    public static final String TRANSITION_WORKFLOW = "paydesk.error.dispute.transition.workflow";
    public static final String TRANSITION_PARTY = "paydesk.error.dispute.transition.party";
    public static final String TRANSITION_PRE_ARBITRATION_REQUIRED = "paydesk.error.dispute.transition.preArbitrationRequired";
    /** Arguments: the action's label key, the current stage's label key. */
    public static final String TRANSITION_NOT_ALLOWED = "paydesk.error.dispute.transition.notAllowed";
    public static final String DISPUTE_EXISTS = "paydesk.error.dispute.exists";
    public static final String DISPUTE_NOT_FOUND = "paydesk.error.dispute.notFound";
    /** Argument: the outcome's label key. */
    public static final String DISPUTE_CLOSED = "paydesk.error.dispute.closed";
    public static final String ACTION_UNKNOWN = "paydesk.error.dispute.action.unknown";

    // Financial impact.
    public static final String MONEY_CURRENCY = "paydesk.error.dispute.money.currency";
    public static final String MONEY_NEGATIVE = "paydesk.error.dispute.money.negative";
    public static final String MONEY_EXCEEDS_DISPUTED = "paydesk.error.dispute.money.exceedsDisputed";
    public static final String MONEY_EXCEEDS_OUTSTANDING = "paydesk.error.dispute.money.exceedsOutstanding";

    // Evidence.
    public static final String EVIDENCE_UNKNOWN = "paydesk.error.dispute.evidence.unknown";

    // Rule tables an administrator edits.
    public static final String TABLE_HEADER = "paydesk.error.dispute.table.header";
    public static final String TABLE_COLUMNS = "paydesk.error.dispute.table.columns";
    public static final String TABLE_SETTING = "paydesk.error.dispute.table.setting";
    public static final String RULE_ID = "paydesk.error.dispute.rule.id";
    public static final String RULE_DUPLICATE_ID = "paydesk.error.dispute.rule.duplicateId";
    public static final String RULE_DUPLICATE_SELECTORS = "paydesk.error.dispute.rule.duplicateSelectors";
    public static final String RULE_SCHEME = "paydesk.error.dispute.rule.scheme";
    public static final String RULE_STAGE = "paydesk.error.dispute.rule.stage";
    public static final String RULE_REASON = "paydesk.error.dispute.rule.reason";
    public static final String RULE_REGION = "paydesk.error.dispute.rule.region";
    public static final String RULE_CHANNEL = "paydesk.error.dispute.rule.channel";
    public static final String RULE_DAYS = "paydesk.error.dispute.rule.days";
    public static final String RULE_COUNT = "paydesk.error.dispute.rule.count";
    public static final String RULE_FROM = "paydesk.error.dispute.rule.from";
    public static final String RULE_SOURCE = "paydesk.error.dispute.rule.source";
    public static final String RULE_NOT_FOUND = "paydesk.error.dispute.rule.notFound";
    public static final String RULE_STALE_REVISION = "paydesk.error.dispute.rule.staleRevision";
    /** Argument: the current revision, which the edited table equals. */
    public static final String RULE_UNCHANGED = "paydesk.error.dispute.rule.unchanged";

    private DisputeMessageKeys() {
    }
}
