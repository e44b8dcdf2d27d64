package io.paydesk.core.dispute.lifecycle;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.DisputeMessageKeys;
import io.paydesk.core.dispute.scheme.DisputeFlow;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.Workflow;
import java.util.Objects;

/** Checks shared by the state types. */
final class States {

    private States() {
    }

    /** A state wraps a track of its scheme's flow whose last stage is the state's stage; anything else is a bug. */
    static void require(DisputeTrack track, DisputeFlow flow, DisputeStage stage) {
        Objects.requireNonNull(track, "track");
        if (track.facts().scheme().flow() != flow || track.current().stage() != stage) {
            throw new IllegalArgumentException("a " + flow + " " + stage + " state cannot hold a "
                    + track.facts().scheme().flow() + " dispute at " + track.current().stage());
        }
    }

    static <T> Outcome<T> wrongWorkflow(DisputeTrack track, Workflow needed) {
        return Outcome.refused(Refusal.of("stage", track.current().stage().name(), DisputeMessageKeys.TRANSITION_WORKFLOW,
                track.facts().reason().code(), track.facts().reason().workflow().id(), needed.id()));
    }

    static <T> Outcome<T> wrongParty(DisputeTrack track, Party filedBy) {
        return Outcome.refused(Refusal.of("stage", track.current().stage().name(), DisputeMessageKeys.TRANSITION_PARTY,
                filedBy.name()));
    }

    static <T> Outcome<T> wrongFlow(DisputeCase facts, DisputeFlow needed) {
        return Outcome.refused(Refusal.of("scheme", facts.scheme().id().value(), DisputeMessageKeys.SCHEME_WRONG_FLOW,
                facts.scheme().name(), needed.id()));
    }
}
