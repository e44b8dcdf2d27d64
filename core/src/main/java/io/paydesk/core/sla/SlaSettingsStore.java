package io.paydesk.core.sla;

import java.util.Objects;

/**
 * Where an installation keeps its SLA configuration for editing: the calendar definitions and every policy
 * version, read together, and changes stored all at once or not at all.
 */
public interface SlaSettingsStore extends SlaSettings {

    /** Everything stored, as definitions and the policy book. */
    SlaConfiguration configuration();

    /**
     * Stores an accepted change in one transaction: definitions saved, versions appended; never a delete.
     *
     * @throws ChangedMeanwhile when another administrator stored a policy version or a new calendar this change
     *                          also makes, after the change was computed; then nothing of the change is stored
     */
    void apply(SlaChange change);

    /**
     * The settings changed between reading them and storing a change computed from them: another administrator
     * published the same policy version, or created a calendar of the same name. Nothing was stored.
     */
    final class ChangedMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String taken;

        public ChangedMeanwhile(String taken, Throwable cause) {
            super(Objects.requireNonNull(taken, "taken") + " was stored by someone else meanwhile", cause);
            this.taken = taken;
        }

        /** What was taken: a policy version ({@code wislany@v2}) or a calendar's name. */
        public String taken() {
            return taken;
        }
    }
}
