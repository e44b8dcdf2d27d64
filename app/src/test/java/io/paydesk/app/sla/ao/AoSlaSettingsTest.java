package io.paydesk.app.sla.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.app.sla.SlaSamples;
import io.paydesk.core.sla.CalendarName;
import io.paydesk.core.sla.PolicyRef;
import io.paydesk.core.sla.SlaChange;
import io.paydesk.core.sla.SlaConfiguration;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyId;
import io.paydesk.core.sla.SlaSettingsStore;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.HostActiveObjects;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AoSlaSettingsTest {

    private HostActiveObjects ao;
    private AoSlaSettings settings;

    @BeforeEach
    void open() {
        ao = HostActiveObjects.open(AoDatabase.fromSystemProperties(), AoModule.fromDescriptor(getClass().getClassLoader()));
        settings = new AoSlaSettings(ao, SlaSamples.HOLIDAYS);
    }

    @AfterEach
    void close() {
        ao.close();
    }

    private void storeSamples() {
        settings.apply(SlaConfiguration.empty().importing(List.of(SlaSamples.warsaw(), SlaSamples.allDay()),
                List.of(SlaSamples.wislany("16h"), SlaSamples.cardBlock()), SlaSamples.HOLIDAYS, SlaSamples.MARCH)
                .orElseThrow());
    }

    @Test
    void anEmptyStoreHasNoPoliciesAndNoCalendars() {
        assertThat(settings.policies().currentPolicies()).isEmpty();
        assertThat(settings.calendars().names()).isEmpty();
    }

    @Test
    void storedCalendarsAndPoliciesReadBackAsTheyWere() {
        storeSamples();

        assertThat(settings.configuration().calendarDefinitions()).isEqualTo(SlaSamples.stored().calendarDefinitions());
        assertThat(settings.policies().currentPolicies()).isEqualTo(SlaSamples.stored().book().currentPolicies());
        assertThat(settings.calendars().names()).containsExactlyInAnyOrder(new CalendarName("pl-warsaw"), new CalendarName("24x7"));
        assertThat(settings.calendars().find(new CalendarName("pl-warsaw")).orElseThrow().zone().getId())
                .isEqualTo("Europe/Warsaw");
    }

    @Test
    void aNewVersionIsAppendedAndTheOldOneIsStillThere() {
        storeSamples();
        SlaPolicy v1 = settings.policies().current(new SlaPolicyId("wislany")).orElseThrow();

        settings.apply(settings.configuration().publish(SlaSamples.wislany("24h"),
                Clock.offset(SlaSamples.MARCH, Duration.ofDays(1))).orElseThrow());

        assertThat(settings.policies().versions(new SlaPolicyId("wislany"))).hasSize(2);
        assertThat(settings.policies().version(PolicyRef.of("wislany", 1))).contains(v1);
        assertThat(ao.find(SlaPolicyEntity.class)).hasSize(3);
    }

    @Test
    void savingACalendarAgainReplacesItsRow() {
        storeSamples();
        var changed = new io.paydesk.core.calendar.CalendarDefinition("pl-warsaw", "Europe/Warsaw", false,
                SlaSamples.warsaw().hours(), "PL", 2025, 2028, List.of(), java.util.Map.of(), java.util.Set.of());

        settings.apply(new SlaChange(List.of(changed), List.of()));

        assertThat(settings.configuration().calendar("pl-warsaw")).contains(changed);
        assertThat(ao.find(SlaCalendarEntity.class)).hasSize(2);
    }

    @Test
    void aVersionPublishedAlreadyIsRefusedAsChangedMeanwhileAndNothingMoreIsStored() {
        storeSamples();
        SlaChange next = settings.configuration().publish(SlaSamples.wislany("20h"),
                Clock.offset(SlaSamples.MARCH, Duration.ofDays(1))).orElseThrow();
        settings.apply(next);

        assertThatThrownBy(() -> settings.apply(next)).isInstanceOf(SlaSettingsStore.ChangedMeanwhile.class)
                .extracting(e -> ((SlaSettingsStore.ChangedMeanwhile) e).taken()).isEqualTo("wislany@v2");
        assertThat(settings.policies().versions(new SlaPolicyId("wislany"))).hasSize(2);
    }

    @Test
    void twoNodesPublishingTheSameVersionAtOnceStoreItOnceAndTheSecondHearsWhy() {
        storeSamples();
        SlaChange next = settings.configuration().publish(SlaSamples.wislany("20h"),
                Clock.offset(SlaSamples.MARCH, Duration.ofDays(1))).orElseThrow();
        OtherNodeFirst racing = new OtherNodeFirst(ao, SlaPolicyEntity.class,
                () -> new AoSlaSettings(ao, SlaSamples.HOLIDAYS).apply(next));

        assertThatThrownBy(() -> new AoSlaSettings(racing, SlaSamples.HOLIDAYS).apply(next))
                .isInstanceOf(SlaSettingsStore.ChangedMeanwhile.class)
                .extracting(e -> ((SlaSettingsStore.ChangedMeanwhile) e).taken()).isEqualTo("wislany@v2");

        OtherNodeFirst.check(racing.raced());
        assertThat(settings.policies().versions(new SlaPolicyId("wislany"))).hasSize(2);
    }

    @Test
    void twoNodesCreatingACalendarOfOneNameAtOnceKeepOneAndTheSecondChangeStoresNothing() {
        SlaChange imported = SlaConfiguration.empty().importing(List.of(SlaSamples.warsaw()),
                List.of(SlaSamples.wislany("16h")), SlaSamples.HOLIDAYS, SlaSamples.MARCH).orElseThrow();
        OtherNodeFirst racing = new OtherNodeFirst(ao, SlaCalendarEntity.class,
                () -> new AoSlaSettings(ao, SlaSamples.HOLIDAYS).apply(new SlaChange(List.of(SlaSamples.warsaw()),
                        List.of())));

        assertThatThrownBy(() -> new AoSlaSettings(racing, SlaSamples.HOLIDAYS).apply(imported))
                .isInstanceOf(SlaSettingsStore.ChangedMeanwhile.class)
                .extracting(e -> ((SlaSettingsStore.ChangedMeanwhile) e).taken()).isEqualTo("pl-warsaw");

        OtherNodeFirst.check(racing.raced());
        assertThat(ao.find(SlaCalendarEntity.class)).hasSize(1);
        assertThat(settings.policies().currentPolicies()).isEmpty();
    }
}
