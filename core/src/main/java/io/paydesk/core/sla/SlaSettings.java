package io.paydesk.core.sla;

import java.util.Objects;

/**
 * Where an installation keeps the SLA policies (every version) and the business calendars their goals
 * name. Read fresh on each call: an admin's change shows on the next evaluation.
 */
public interface SlaSettings {

    /** Every policy version published so far; a book with no policies when none is. */
    SlaPolicyBook policies();

    /** The calendars the policies' goals may name, built and validated. */
    SlaCalendars calendars();

    /** Fixed settings: tests, previews and hosts whose settings do not change while they run. */
    static SlaSettings of(SlaPolicyBook policies, SlaCalendars calendars) {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(calendars, "calendars");
        return new SlaSettings() {
            @Override
            public SlaPolicyBook policies() {
                return policies;
            }

            @Override
            public SlaCalendars calendars() {
                return calendars;
            }
        };
    }
}
