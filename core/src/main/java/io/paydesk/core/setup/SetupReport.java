package io.paydesk.core.setup;

import java.util.List;
import java.util.Objects;

/** What an installation did, step by step. */
public record SetupReport(List<Line> lines) {

    public enum Result {
        CREATED,
        EXISTED,
        /** Something of that name but another kind exists; left as it is. */
        CONFLICT,
        /** The host cannot do this through its API: the administrator does it in Jira. */
        BY_HAND,
        /** Not done because a step it depends on was not done. */
        SKIPPED,
        /** The host refused; the message says why. */
        FAILED
    }

    public record Line(SetupStep step, Result result, String message) {
        public Line {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(message, "message");
        }
    }

    public SetupReport {
        lines = List.copyOf(lines);
    }

    public long count(Result result) {
        return lines.stream().filter(line -> line.result() == result).count();
    }

    /** True when nothing was created and nothing is left to do. */
    public boolean nothingToDo() {
        return lines.stream().allMatch(line -> line.result() == Result.EXISTED);
    }
}
