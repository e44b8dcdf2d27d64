package io.paydesk.app.sla;

import io.paydesk.app.platform.RefusalText;
import io.paydesk.app.platform.Texts;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.sla.SlaQuery;
import io.paydesk.core.sla.SlaStateIndex;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Finds requests by SLA state, host-neutral: Jira's JQL function {@code paydeskSla} and the sandbox's queue
 * filter both read their arguments here, so both accept and refuse the same ones with the same sentences,
 * and both read the same {@link SlaStateIndex}.
 *
 * <p>It only ever narrows a search: it names requests, and the host shows only those the viewer may see
 * (Jira applies the searcher's browse permissions to the whole query; the sandbox's queue lists only the
 * viewer's own requests).
 */
@Named
public class SlaSearch {

    /** The most request keys one search returns, in key order. */
    public static final int MAX_RESULTS = 10_000;

    private final SlaStateIndex states;

    @Inject
    public SlaSearch(SlaStateIndex states) {
        this.states = states;
    }

    /** The search the arguments name ({@code breached}, {@code warned, first-response}, ...), or why not. */
    public Outcome<SlaQuery> read(List<String> arguments) {
        return SlaQuery.parse(arguments);
    }

    /** What is wrong with the arguments, one sentence per wrong argument in the viewer's language; none when they are right. */
    public List<String> problems(List<String> arguments, Texts texts) {
        return switch (read(arguments)) {
            case Outcome.Accepted<SlaQuery> fine -> List.of();
            case Outcome.Refused<SlaQuery> refused -> refused.refusals().stream()
                    .map((Refusal refusal) -> RefusalText.of(refusal, texts)).toList();
        };
    }

    /** Keys of the requests the search finds, in key order, at most {@value #MAX_RESULTS}. */
    public List<String> find(SlaQuery query) {
        return states.search(query, MAX_RESULTS);
    }
}
