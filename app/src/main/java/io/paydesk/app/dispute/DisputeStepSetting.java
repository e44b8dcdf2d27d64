package io.paydesk.app.dispute;

import java.util.List;

/**
 * The workflow editor's view of a dispute workflow function: the field label and its help, the steps to choose from,
 * the one chosen ({@code selected}, blank when new) and the sentence the transition's list shows for it.
 */
public record DisputeStepSetting(String fieldLabel, String help, List<DisputeActionChoice> steps, String selected,
        String summary) {

    public DisputeStepSetting {
        steps = List.copyOf(steps);
    }
}
