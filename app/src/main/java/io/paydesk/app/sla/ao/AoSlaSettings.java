package io.paydesk.app.sla.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.app.sla.SlaJson;
import io.paydesk.core.calendar.CalendarDefinition;
import io.paydesk.core.calendar.HolidaySource;
import io.paydesk.core.calendar.TableHolidaySource;
import io.paydesk.core.sla.PolicyRef;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaChange;
import io.paydesk.core.sla.SlaConfiguration;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyBook;
import io.paydesk.core.sla.SlaSettingsStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Stores the change in one transaction. A policy version already stored, or a new calendar whose name is taken,
     * means another administrator got there first: found before the insert, or by the database's unique key when
     * both nodes looked at once. Either way nothing is stored and {@link ChangedMeanwhile} names what was taken.
     */
    @Override
    public void apply(SlaChange change) {
        if (change.isEmpty()) {
            return;
        }
        Set<String> newCalendars = new LinkedHashSet<>();
        try {
            ao.executeInTransaction(() -> {
                for (CalendarDefinition definition : change.calendars()) {
                    Optional<SlaCalendarEntity> found = calendar(definition.name());
                    if (found.isPresent()) {
                        found.get().setDefinition(SlaJson.calendar(definition));
                        found.get().save();
                    } else {
                        newCalendars.add(definition.name());
                        ao.create(SlaCalendarEntity.class, new DBParam("NAME", definition.name()),
                                new DBParam("DEFINITION", SlaJson.calendar(definition)));
                    }
                }
                for (SlaPolicy version : change.versions()) {
                    if (policyStored(version.ref())) {
                        throw new ChangedMeanwhile(version.ref().toString(), null);
                    }
                    ao.create(SlaPolicyEntity.class, new DBParam("POLICY_REF", version.ref().toString()),
                            new DBParam("POLICY_ID", version.id().value()),
                            new DBParam("POLICY_VERSION", version.version()),
                            new DBParam("DEFINITION", SlaJson.policy(version)));
                }
                return null;
            });
        } catch (RuntimeException failed) {
            Optional<ChangedMeanwhile> meanwhile = takenMeanwhile(failed, change, newCalendars);
            if (meanwhile.isPresent()) {
                throw meanwhile.get();
            }
            throw failed;
        }
    }

    /** What another node stored meanwhile that the failed change also made, if that is why it failed. */
    private Optional<ChangedMeanwhile> takenMeanwhile(RuntimeException failed, SlaChange change,
                                                      Set<String> newCalendars) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChangedMeanwhile meanwhile) {
                return Optional.of(meanwhile);
            }
        }
        return ao.executeInTransaction(() -> {
            for (SlaPolicy version : change.versions()) {
                if (policyStored(version.ref())) {
                    return Optional.of(new ChangedMeanwhile(version.ref().toString(), failed));
                }
            }
            for (String name : newCalendars) {
                if (calendar(name).isPresent()) {
                    return Optional.of(new ChangedMeanwhile(name, failed));
                }
            }
            return Optional.empty();
        });
    }

    private Optional<SlaCalendarEntity> calendar(String name) {
        return Arrays.stream(ao.find(SlaCalendarEntity.class, Query.select().where("NAME = ?", name))).findFirst();
    }

    private boolean policyStored(PolicyRef ref) {
        return ao.find(SlaPolicyEntity.class, Query.select().where("POLICY_REF = ?", ref.toString())).length > 0;
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
