package io.paydesk.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.calendar.CalendarDefinition;
import io.paydesk.core.calendar.CalendarForm;
import io.paydesk.core.calendar.TableHolidaySource;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaPolicyFormTest {

    private static final TableHolidaySource TABLES = new TableHolidaySource();
    private static final Clock MARCH = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    static CalendarDefinition warsaw() {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? "09:00-17:00" : "");
        }
        return new CalendarForm("pl-warsaw", "Europe/Warsaw", "", week, "PL", "2024-2030", "", "", "")
                .check(TABLES).orElseThrow();
    }

    static SlaPolicyForm wislany() {
        return new SlaPolicyForm("wislany", "Bank Wiślany", "3", "", "", "4h", "16h", "8h", "pl-warsaw",
                "Waiting for customer | customer-documents | Waiting for customer documents\n"
                        + "Waiting for partner | partner-bank\n| merchant | Waiting for the merchant",
                "50, 75, 90");
    }

    private static SlaConfiguration withWarsaw() {
        return SlaConfiguration.empty().with(new SlaChange(List.of(warsaw()), List.of()));
    }

    @Test
    void aCompleteFormPublishesVersionOneWithItsGoalsPausesAndThresholds() {
        SlaChange change = withWarsaw().publish(wislany().draft(Optional.empty()).orElseThrow(), MARCH).orElseThrow();

        SlaPolicy policy = change.versions().get(0);
        assertThat(policy.ref()).isEqualTo(PolicyRef.of("wislany", 1));
        assertThat(policy.scope()).isEqualTo(SlaScope.everything().partner(new PartnerId("3")));
        assertThat(policy.goal(GoalKind.FIRST_RESPONSE).orElseThrow().target()).isEqualTo(Duration.ofHours(4));
        assertThat(policy.goal(GoalKind.RESOLUTION).orElseThrow().target()).isEqualTo(Duration.ofHours(16));
        assertThat(policy.goal(GoalKind.PARTNER_UPDATE).orElseThrow().calendar()).isEqualTo(new CalendarName("pl-warsaw"));
        assertThat(policy.pauses()).containsExactly(
                new PauseCondition("Waiting for customer", PauseReason.CUSTOMER_DOCUMENTS),
                new PauseCondition("Waiting for partner", PauseReason.PARTNER_BANK));
        assertThat(policy.pauseReasons()).contains(PauseReason.MERCHANT);
        assertThat(policy.warningPercents()).containsExactly(50, 75, 90);
    }

    @Test
    void theFormOfAVersionPublishesNothingNew() {
        SlaConfiguration configuration = withWarsaw();
        SlaChange first = configuration.publish(wislany().draft(Optional.empty()).orElseThrow(), MARCH).orElseThrow();
        SlaConfiguration stored = configuration.with(first);
        SlaPolicy v1 = first.versions().get(0);

        SlaChange again = stored.publish(SlaPolicyForm.of(v1).draft(Optional.of(v1)).orElseThrow(), MARCH).orElseThrow();

        assertThat(again.isEmpty()).isTrue();
    }

    @Test
    void editingAPolicyMakesVersionTwoAndVersionOneStaysReadable() {
        SlaConfiguration configuration = withWarsaw();
        SlaConfiguration stored = configuration.with(
                configuration.publish(wislany().draft(Optional.empty()).orElseThrow(), MARCH).orElseThrow());
        SlaPolicy v1 = stored.book().current(new SlaPolicyId("wislany")).orElseThrow();
        SlaPolicyForm faster = new SlaPolicyForm("wislany", "Bank Wiślany", "3", "", "", "2h", "16h", "8h", "pl-warsaw",
                wislany().pauses(), "50, 75, 90");
        Clock later = Clock.offset(MARCH, Duration.ofDays(1));

        SlaConfiguration after = stored.with(stored.publish(faster.draft(Optional.of(v1)).orElseThrow(), later).orElseThrow());

        assertThat(after.book().versions(new SlaPolicyId("wislany"))).hasSize(2);
        assertThat(after.book().version(PolicyRef.of("wislany", 1))).contains(v1);
        assertThat(after.book().current(new SlaPolicyId("wislany")).orElseThrow().goal(GoalKind.FIRST_RESPONSE)
                .orElseThrow().target()).isEqualTo(Duration.ofHours(2));
        assertThat(after.book().inEffect(new SlaPolicyId("wislany"), MARCH.instant().plusSeconds(60))).contains(v1);
    }

    @ParameterizedTest(name = "{0}={1} is refused on {2} with {3}")
    @CsvSource(delimiter = ';', value = {
            "id; Wislany Bank; id; paydesk.error.sla.idFormat",
            "name; ''; name; paydesk.error.sla.nameMissing",
            "firstResponse; 4 hours; firstResponse; paydesk.error.sla.durationFormat",
            "resolution; 2d; resolution; paydesk.error.sla.durationFormat",
            "resolution; 0h; resolution; paydesk.error.sla.goalNotPositive",
            "partnerUpdate; 9000h; partnerUpdate; paydesk.error.sla.goalTooLong",
            "calendar; pl-krakow; calendar; paydesk.error.sla.unknownCalendar",
            "pauses; Waiting for customer; pauses; paydesk.error.sla.pauseLineFormat",
            "pauses; Waiting for customer | unknown-code; pauses; paydesk.error.sla.pauseReason",
            "pauses; Waiting for customer | Bad Code | x; pauses; paydesk.error.sla.pauseReason",
            "thresholds; 50, 150; thresholds; paydesk.error.sla.thresholdRange",
            "thresholds; 50, half; thresholds; paydesk.error.sla.thresholdRange",
            "thresholds; 50, 50; thresholds; paydesk.error.sla.thresholdDuplicate",
    })
    void eachWrongFieldIsNamedWithItsValue(String field, String value, String formField, String reason) {
        SlaPolicyForm g = wislany();
        SlaPolicyForm bad = new SlaPolicyForm(field.equals("id") ? value : g.id(), field.equals("name") ? value : g.name(),
                g.partner(), g.requestType(), g.priority(),
                field.equals("firstResponse") ? value : g.firstResponse(), field.equals("resolution") ? value : g.resolution(),
                field.equals("partnerUpdate") ? value : g.partnerUpdate(), field.equals("calendar") ? value : g.calendar(),
                field.equals("pauses") ? value : g.pauses(), field.equals("thresholds") ? value : g.thresholds());

        List<Refusal> refusals = switch (bad.draft(Optional.empty())) {
            case Outcome.Refused<SlaPolicyDraft> refused -> refused.refusals();
            case Outcome.Accepted<SlaPolicyDraft> draft ->
                    ((Outcome.Refused<SlaChange>) withWarsaw().publish(draft.value(), MARCH)).refusals();
        };

        assertThat(refusals).isNotEmpty().allSatisfy(r -> assertThat(SlaPolicyForm.fieldOf(r.field())).isEqualTo(formField));
        assertThat(refusals).extracting(Refusal::reasonKey).contains(reason);
    }

    @Test
    void durationsAreBusinessHoursAndMinutes() {
        assertThat(BusinessDuration.parse("16h")).contains(Duration.ofHours(16));
        assertThat(BusinessDuration.parse("4h 30m")).contains(Duration.ofMinutes(270));
        assertThat(BusinessDuration.parse("45m")).contains(Duration.ofMinutes(45));
        assertThat(BusinessDuration.parse("2d")).isEmpty();
        assertThat(BusinessDuration.parse("")).isEmpty();
        assertThat(BusinessDuration.format(Duration.ofMinutes(270))).isEqualTo("4h 30m");
        assertThat(BusinessDuration.format(Duration.ofMinutes(45))).isEqualTo("45m");
    }
}
