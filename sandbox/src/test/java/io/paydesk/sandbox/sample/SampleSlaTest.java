package io.paydesk.sandbox.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.sla.ao.AoSlaSettings;
import io.paydesk.core.calendar.TableHolidaySource;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.sla.CalendarName;
import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.PauseCondition;
import io.paydesk.core.sla.PauseReason;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyId;
import io.paydesk.core.sla.SlaSubject;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.HostActiveObjects;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SampleSlaTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    private HostActiveObjects ao;
    private AoSlaSettings settings;

    @BeforeEach
    void open() {
        ao = HostActiveObjects.open(AoDatabase.inMemory(), AoModule.fromDescriptor(getClass().getClassLoader()));
        settings = new AoSlaSettings(ao, new TableHolidaySource());
        new SampleSla(NOW, new TableHolidaySource()).seedIfEmpty(settings);
    }

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void bankWislanyHasItsDocumentedPolicyOnTheWarsawCalendar() {
        SlaPolicy wislany = settings.policies().current(new SlaPolicyId(SampleSla.WISLANY)).orElseThrow();

        assertThat(wislany.version()).isEqualTo(1);
        assertThat(wislany.scope().partner()).contains(new PartnerId("3"));
        assertThat(wislany.goal(GoalKind.FIRST_RESPONSE).orElseThrow().target()).isEqualTo(Duration.ofHours(4));
        assertThat(wislany.goal(GoalKind.RESOLUTION).orElseThrow().target()).isEqualTo(Duration.ofHours(16));
        assertThat(wislany.goal(GoalKind.PARTNER_UPDATE).orElseThrow().target()).isEqualTo(Duration.ofHours(8));
        assertThat(wislany.goals()).allSatisfy(goal -> assertThat(goal.calendar()).isEqualTo(new CalendarName("pl-warsaw")));
        assertThat(wislany.pauses()).contains(
                new PauseCondition(SampleSla.WAITING_FOR_CUSTOMER, PauseReason.CUSTOMER_DOCUMENTS));
        assertThat(wislany.warningPercents()).containsExactly(50, 75, 90);
        assertThat(settings.calendars().find(new CalendarName("pl-warsaw")).orElseThrow().zone().getId())
                .isEqualTo("Europe/Warsaw");
    }

    @Test
    void everySamplePartnerHasAPolicyAndAnUrgentCardBlockTakesTheAroundTheClockOne() {
        for (SamplePartner partner : SamplePartner.all()) {
            SlaSubject subject = new SlaSubject("PAY-1", Optional.of(new PartnerId(Integer.toString(partner.organizationId()))),
                    "Payment dispute");
            assertThat(settings.policies().select(subject, "Medium", NOW.instant())).isPresent();
        }
        SlaSubject cardBlock = new SlaSubject("PAY-2", Optional.of(new PartnerId("3")), "Card block/unblock");
        assertThat(settings.policies().select(cardBlock, "Highest", NOW.instant()).orElseThrow().id().value())
                .isEqualTo("card-block-highest");
        assertThat(settings.calendars().names()).hasSize(5);
    }

    @Test
    void seedingAgainChangesNothing() {
        new SampleSla(Clock.offset(NOW, Duration.ofDays(1)), new TableHolidaySource()).seedIfEmpty(settings);

        assertThat(settings.policies().versions(new SlaPolicyId(SampleSla.WISLANY))).hasSize(1);
    }
}
