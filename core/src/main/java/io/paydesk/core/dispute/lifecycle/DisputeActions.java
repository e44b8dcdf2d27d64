package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.scheme.Workflow;
import io.paydesk.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: records a {@link DisputeAction} on a running dispute by calling the state's own move, so the
 * scheme's order and time limits are checked exactly as when the state types are used directly. An action
 * the state does not offer is refused with {@code transition.notAllowed}, whose arguments are the label keys of the action and the
 * stage (a screen shows them translated).
 */
public final class DisputeActions {

    /** Field names used in refusals. */
    public static final String ACTION_FIELD = "action";

    private DisputeActions() {
    }

    /** The actions {@code dispute} offers now, in the order a screen lists them. */
    public static List<DisputeAction> available(OpenDispute dispute) {
        Objects.requireNonNull(dispute, "dispute");
        List<DisputeAction> actions = new ArrayList<>(switch (dispute) {
            case VisaDisputeFiled filed -> filed.facts().reason().workflow() == Workflow.COLLABORATION
                    ? List.of(DisputeAction.RESPONSE_RECEIVED, DisputeAction.ACQUIRER_ACCEPTED)
                    : List.of(DisputeAction.PRE_ARBITRATION, DisputeAction.ACQUIRER_ACCEPTED);
            case VisaDisputeResponded responded -> List.of(DisputeAction.PRE_ARBITRATION, DisputeAction.ISSUER_ACCEPTED);
            case VisaPreArbitration pre -> pre.filedBy() == Party.ISSUER
                    ? List.of(DisputeAction.PRE_ARBITRATION_DECLINED, DisputeAction.ACQUIRER_ACCEPTED)
                    : List.of(DisputeAction.PRE_ARBITRATION_DECLINED, DisputeAction.ISSUER_ACCEPTED);
            case VisaPreArbitrationDeclined declined -> declined.track().current().filedBy() == Party.ACQUIRER
                    ? List.of(DisputeAction.ARBITRATION, DisputeAction.ISSUER_ACCEPTED)
                    : List.of(DisputeAction.ARBITRATION, DisputeAction.ACQUIRER_ACCEPTED);
            case VisaArbitration arbitration -> List.of(DisputeAction.RULED_FOR_ISSUER, DisputeAction.RULED_FOR_ACQUIRER);
            case MastercardChargeback chargeback -> List.of(DisputeAction.RESPONSE_RECEIVED, DisputeAction.ACQUIRER_ACCEPTED);
            case MastercardSecondPresentment second -> second.preArbitrationRequired()
                    ? List.of(DisputeAction.PRE_ARBITRATION, DisputeAction.ISSUER_ACCEPTED)
                    : List.of(DisputeAction.PRE_ARBITRATION, DisputeAction.ARBITRATION, DisputeAction.ISSUER_ACCEPTED);
            case MastercardPreArbitration pre -> List.of(DisputeAction.PRE_ARBITRATION_DECLINED, DisputeAction.ACQUIRER_ACCEPTED);
            case MastercardPreArbitrationDeclined declined -> List.of(DisputeAction.ARBITRATION, DisputeAction.ISSUER_ACCEPTED);
            case MastercardArbitration arbitration -> List.of(DisputeAction.RULED_FOR_ISSUER, DisputeAction.RULED_FOR_ACQUIRER);
        });
        actions.add(DisputeAction.WITHDRAW);
        return List.copyOf(actions);
    }

    /**
     * Records {@code action} on {@code on}. {@code recovered} is what came back for an action that
     * {@linkplain DisputeAction#recovers() recovers}; when empty, the whole outstanding amount.
     */
    public static Outcome<Dispute> apply(OpenDispute dispute, DisputeAction action, LocalDate on,
            Optional<Money> recovered, StageRules rules) {
        Objects.requireNonNull(dispute, "dispute");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(recovered, "recovered");
        Objects.requireNonNull(rules, "rules");
        if (!available(dispute).contains(action)) {
            return notAllowed(dispute, action);
        }
        Money back = recovered.orElseGet(() -> dispute.money().outstanding());
        Outcome<? extends Dispute> next = switch (action) {
            case WITHDRAW -> dispute.withdraw(on, rules);
            case RESPONSE_RECEIVED -> switch (dispute) {
                case VisaDisputeFiled filed -> filed.responded(on, rules);
                case MastercardChargeback chargeback -> chargeback.secondPresentment(on, rules);
                default -> notAllowed(dispute, action);
            };
            case PRE_ARBITRATION -> switch (dispute) {
                case VisaDisputeFiled filed -> filed.acquirerFiledPreArbitration(on, rules);
                case VisaDisputeResponded responded -> responded.preArbitration(on, rules);
                case MastercardSecondPresentment second -> second.preArbitration(on, rules);
                default -> notAllowed(dispute, action);
            };
            case PRE_ARBITRATION_DECLINED -> switch (dispute) {
                case VisaPreArbitration pre -> pre.declined(on, rules);
                case MastercardPreArbitration pre -> pre.declined(on, rules);
                default -> notAllowed(dispute, action);
            };
            case ARBITRATION -> switch (dispute) {
                case VisaPreArbitrationDeclined declined -> declined.arbitration(on, rules);
                case MastercardPreArbitrationDeclined declined -> declined.arbitration(on, rules);
                case MastercardSecondPresentment second -> second.arbitration(on, rules);
                default -> notAllowed(dispute, action);
            };
            case ACQUIRER_ACCEPTED -> switch (dispute) {
                case VisaDisputeFiled filed -> filed.acquirerAccepted(on, back, rules);
                case VisaPreArbitration pre -> pre.acquirerAccepted(on, back, rules);
                case VisaPreArbitrationDeclined declined -> declined.acquirerDropped(on, back, rules);
                case MastercardChargeback chargeback -> chargeback.acquirerAccepted(on, back, rules);
                case MastercardPreArbitration pre -> pre.acquirerAccepted(on, back, rules);
                default -> notAllowed(dispute, action);
            };
            case ISSUER_ACCEPTED -> switch (dispute) {
                case VisaDisputeResponded responded -> responded.acceptResponse(on, rules);
                case VisaPreArbitration pre -> pre.issuerAccepted(on, rules);
                case VisaPreArbitrationDeclined declined -> declined.issuerAcceptsDecline(on, rules);
                case MastercardSecondPresentment second -> second.acceptSecondPresentment(on, rules);
                case MastercardPreArbitrationDeclined declined -> declined.acceptDecline(on, rules);
                default -> notAllowed(dispute, action);
            };
            case RULED_FOR_ISSUER -> switch (dispute) {
                case VisaArbitration arbitration -> arbitration.ruledForIssuer(on, back, rules);
                case MastercardArbitration arbitration -> arbitration.ruledForIssuer(on, back, rules);
                default -> notAllowed(dispute, action);
            };
            case RULED_FOR_ACQUIRER -> switch (dispute) {
                case VisaArbitration arbitration -> arbitration.ruledForAcquirer(on, rules);
                case MastercardArbitration arbitration -> arbitration.ruledForAcquirer(on, rules);
                default -> notAllowed(dispute, action);
            };
        };
        return next.map(d -> d);
    }

    private static <T> Outcome<T> notAllowed(OpenDispute dispute, DisputeAction action) {
        return Outcome.refused(Refusal.of(ACTION_FIELD, action.name(), DisputeMessageKeys.TRANSITION_NOT_ALLOWED,
                action.nameKey(), dispute.stage().nameKey()));
    }
}
