package io.paydesk.app.sla;

import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaChange;
import io.paydesk.core.sla.SlaConfiguration;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaSettingsStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLA store in memory, for tests of what sits above it; counts what was applied. Like the real store it
 * refuses a policy version that is stored already; {@link #meanwhile} plays another administrator's change
 * stored just before the next one.
 */
public final class InMemorySlaSettings implements SlaSettingsStore {

    private SlaConfiguration configuration = SlaConfiguration.empty();
    private final List<SlaChange> applied = new ArrayList<>();
    private SlaChange meanwhile;

    @Override
    public SlaPolicyBook policies() {
        return configuration.book();
    }

    @Override
    public SlaCalendars calendars() {
        return configuration.calendars(SlaSamples.HOLIDAYS);
    }

    @Override
    public SlaConfiguration configuration() {
        return configuration;
    }

    @Override
    public void apply(SlaChange change) {
        if (meanwhile != null) {
            configuration = configuration.with(meanwhile);
            meanwhile = null;
        }
        change.versions().stream().filter(v -> configuration.book().version(v.ref()).isPresent()).findFirst()
                .ifPresent(v -> {
                    throw new ChangedMeanwhile(v.ref().toString(), null);
                });
        applied.add(change);
        configuration = configuration.with(change);
    }

    /** Another administrator's change, stored just before the next {@link #apply}. */
    public void meanwhile(SlaChange other) {
        meanwhile = other;
    }

    /** Every change applied, empty ones included. */
    public List<SlaChange> applied() {
        return List.copyOf(applied);
    }
}
