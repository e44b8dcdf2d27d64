package io.paydesk.app.sla.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.app.sla.SlaJson;
import io.paydesk.core.calendar.CalendarDefinition;
import io.paydesk.core.calendar.HolidaySource;
import io.paydesk.core.calendar.TableHolidaySource;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaChange;
import io.paydesk.core.sla.SlaConfiguration;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaSettingsStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The installation's SLA calendars and policy versions, kept in Active Objects and read fresh on every call
 * (so every node sees an administrator's change at once; no node-local cache). Entities never leave this
 * class. Policy versions are appended, never updated; calendars are saved by name; nothing is deleted.
 */
@Named
public class AoSlaSettings implements SlaSettingsStore {

    private final ActiveObjects ao;
    private final HolidaySource holidays;

    @Inject
    public AoSlaSettings(@ComponentImport ActiveObjects ao) {
        this(ao, new TableHolidaySource());
    }

    public AoSlaSettings(ActiveObjects ao, HolidaySource holidays) {
        this.ao = ao;
        this.holidays = holidays;
    }

    @Override
    public SlaPolicyBook policies() {
        return SlaPolicyBook.restore(ao.executeInTransaction(this::versions));
    }

    @Override
    public SlaCalendars calendars() {
        return new SlaConfiguration(ao.executeInTransaction(this::definitions), SlaPolicyBook.empty()).calendars(holidays);
    }

    @Override
    public SlaConfiguration configuration() {
        return ao.executeInTransaction(() -> new SlaConfiguration(definitions(), SlaPolicyBook.restore(versions())));
    }

    @Override
    public void apply(SlaChange change) {
        if (change.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            for (CalendarDefinition definition : change.calendars()) {
                SlaCalendarEntity[] found = ao.find(SlaCalendarEntity.class,
                        Query.select().where("NAME = ?", definition.name()));
                if (found.length > 0) {
                    found[0].setDefinition(SlaJson.calendar(definition));
                    found[0].save();
                } else {
                    ao.create(SlaCalendarEntity.class, new DBParam("NAME", definition.name()),
                            new DBParam("DEFINITION", SlaJson.calendar(definition)));
                }
            }
            for (SlaPolicy version : change.versions()) {
                ao.create(SlaPolicyEntity.class, new DBParam("POLICY_REF", version.ref().toString()),
                        new DBParam("POLICY_ID", version.id().value()), new DBParam("POLICY_VERSION", version.version()),
                        new DBParam("DEFINITION", SlaJson.policy(version)));
            }
            return null;
        });
    }

    private List<CalendarDefinition> definitions() {
        return Arrays.stream(ao.find(SlaCalendarEntity.class))
                .map(entity -> SlaJson.storedCalendar(entity.getDefinition())).toList();
    }

    private List<SlaPolicy> versions() {
        return Arrays.stream(ao.find(SlaPolicyEntity.class))
                .map(entity -> SlaJson.storedPolicy(entity.getDefinition())).toList();
    }
}
