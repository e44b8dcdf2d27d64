package io.paydesk.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.calendar.CalendarDefinition;
import io.paydesk.core.calendar.TableHolidaySource;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaConfigurationImportTest {

    private static final TableHolidaySource TABLES = new TableHolidaySource();
    private static final Clock MARCH = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    private static SlaPolicyDraft wislany(String resolution) {
        return new SlaPolicyForm("wislany", "Bank Wiślany", "3", "", "", "4h", resolution, "8h", "pl-warsaw",
                "Waiting for customer | customer-documents", "50, 75, 90").draft(Optional.empty()).orElseThrow();
    }

    @Test
    void importingTheSameDocumentTwiceChangesNothingTheSecondTime() {
        SlaConfiguration empty = SlaConfiguration.empty();
        SlaChange first = empty.importing(List.of(SlaPolicyFormTest.warsaw()), List.of(wislany("16h")), TABLES, MARCH)
                .orElseThrow();
        SlaConfiguration stored = empty.with(first);

        SlaChange second = stored.importing(List.of(SlaPolicyFormTest.warsaw()), List.of(wislany("16h")), TABLES,
                Clock.offset(MARCH, Duration.ofHours(1))).orElseThrow();

        assertThat(first.calendars()).hasSize(1);
        assertThat(first.versions()).extracting(SlaPolicy::ref).containsExactly(PolicyRef.of("wislany", 1));
        assertThat(second.isEmpty()).isTrue();
    }

    @Test
    void aChangedPolicyIsImportedAsTheNextVersionAndNeverRewritesTheFirst() {
        SlaConfiguration stored = SlaConfiguration.empty().with(SlaConfiguration.empty()
                .importing(List.of(SlaPolicyFormTest.warsaw()), List.of(wislany("16h")), TABLES, MARCH).orElseThrow());
        SlaPolicy v1 = stored.book().current(new SlaPolicyId("wislany")).orElseThrow();

        SlaChange change = stored.importing(List.of(), List.of(wislany("24h")), TABLES,
                Clock.offset(MARCH, Duration.ofDays(2))).orElseThrow();
        SlaConfiguration after = stored.with(change);

        assertThat(change.versions()).extracting(SlaPolicy::ref).containsExactly(PolicyRef.of("wislany", 2));
        assertThat(after.book().version(PolicyRef.of("wislany", 1))).contains(v1);
        assertThat(after.calendarDefinitions()).containsExactly(SlaPolicyFormTest.warsaw());
    }

    @Test
    void anyWrongPartRefusesTheWholeImportNamingWhere() {
        CalendarDefinition broken = new CalendarDefinition("kz-almaty", "Asia/Nowhere", false,
                Map.of(), "", 0, 0, List.of(), Map.of(), java.util.Set.of());

        Outcome<SlaChange> outcome = SlaConfiguration.empty().importing(
                List.of(SlaPolicyFormTest.warsaw(), broken, SlaPolicyFormTest.warsaw()),
                List.of(wislany("16h"), wislany("24h")), TABLES, MARCH);

        assertThat(((Outcome.Refused<SlaChange>) outcome).refusals()).extracting(Refusal::field).containsExactly(
                "calendars[1].zone", "calendars[1].hours", "calendars[2].name", "policies[1].id");
    }

    @Test
    void aPolicyMayUseACalendarImportedWithIt() {
        Outcome<SlaChange> withoutCalendar = SlaConfiguration.empty().importing(List.of(), List.of(wislany("16h")),
                TABLES, MARCH);

        assertThat(((Outcome.Refused<SlaChange>) withoutCalendar).refusals()).extracting(Refusal::field)
                .contains("policies[0].goals.FIRST_RESPONSE.calendar");
    }
}
