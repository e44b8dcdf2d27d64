package io.paydesk.app.sla;

import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaChange;
import io.paydesk.core.sla.SlaConfiguration;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaSettingsStore;
import java.util.ArrayList;
import java.util.List;

/** The SLA store in memory, for tests of what sits above it; counts what was applied. */
public final class InMemorySlaSettings implements SlaSettingsStore {

    private SlaConfiguration configuration = SlaConfiguration.empty();
    private final List<SlaChange> applied = new ArrayList<>();

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
        applied.add(change);
        configuration = configuration.with(change);
    }

    /** Every change applied, empty ones included. */
    public List<SlaChange> applied() {
        return List.copyOf(applied);
    }
}
