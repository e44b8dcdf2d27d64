package io.paydesk.app.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.sla.EventKind;
import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.PolicyRef;
import io.paydesk.core.sla.SlaChange;
import io.paydesk.core.sla.SlaConfiguration;
import io.paydesk.core.sla.SlaGoal;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyId;
import io.paydesk.core.sla.Trigger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaJsonTest {

    private static List<Refusal> refusals(String json) {
        return ((Outcome.Refused<SlaJson.Document>) SlaJson.read(json)).refusals();
    }

    @Test
    void anExportedDocumentImportsIntoAnEmptyInstallationAsTheSameCalendarsAndPolicies() {
        SlaConfiguration stored = SlaSamples.stored();
        String json = SlaJson.export(stored);

        SlaJson.Document document = SlaJson.read(json).orElseThrow();
        SlaChange change = SlaConfiguration.empty().importing(document.calendars(), document.policies(),
                SlaSamples.HOLIDAYS, SlaSamples.MARCH).orElseThrow();

        assertThat(json).startsWith("{\n  \"format\": \"paydesk-sla/1\"");
        assertThat(change.calendars()).containsExactlyElementsOf(stored.calendarDefinitions());
        assertThat(change.versions()).hasSize(2).allSatisfy(version -> assertThat(
                SlaConfiguration.sameContent(version, stored.book().current(version.id()).orElseThrow())).isTrue());
    }

    @Test
    void importingTheExportBackChangesNothing() {
        SlaConfiguration stored = SlaSamples.stored();
        SlaJson.Document document = SlaJson.read(SlaJson.export(stored)).orElseThrow();

        SlaChange change = stored.importing(document.calendars(), document.policies(), SlaSamples.HOLIDAYS,
                Clock.offset(SlaSamples.MARCH, Duration.ofHours(1))).orElseThrow();

        assertThat(change.isEmpty()).isTrue();
    }

    @Test
    void aStoredVersionReadsBackExactlyWithItsVersionMomentAndOwnTriggers() {
        SlaPolicy v1 = SlaSamples.stored().book().current(new SlaPolicyId("wislany")).orElseThrow();
        SlaGoal custom = new SlaGoal(GoalKind.RESOLUTION, Duration.ofMinutes(16 * 60 + 30), v1.goals().get(0).calendar(),
                List.of(Trigger.on(EventKind.CREATED), Trigger.leavesStatus("Waiting for customer")),
                List.of(), List.of(Trigger.entersStatus("Resolved")));
        SlaPolicy v2 = new SlaPolicy(PolicyRef.of("wislany", 2), v1.name(), v1.scope(), v1.effectiveFrom().plusSeconds(1),
                List.of(custom), v1.pauseReasons(), v1.pauses(), v1.warningPercents());

        assertThat(SlaJson.storedPolicy(SlaJson.policy(v1))).isEqualTo(v1);
        assertThat(SlaJson.storedPolicy(SlaJson.policy(v2))).isEqualTo(v2);
        assertThat(SlaJson.storedCalendar(SlaJson.calendar(SlaSamples.warsaw()))).isEqualTo(SlaSamples.warsaw());
    }

    @Test
    void brokenJsonIsNamedByLineAndColumn() {
        assertThat(refusals("{\"format\": \"paydesk-sla/1\",\n \"calendars\": [,]}"))
                .extracting(Refusal::reasonKey, Refusal::arguments)
                .containsExactly(tuple("paydesk.error.json.syntax", List.of("2", "16")));
        assertThat(refusals("{\"format\": \"paydesk-sla/1\", \"format\": \"x\"}")).extracting(Refusal::rejectedValue)
                .singleElement().asString().contains("appears twice");
    }

    @Test
    void anotherFormatIsRefusedBeforeAnythingElseIsRead() {
        assertThat(refusals("{\"format\": \"paydesk-sla/2\", \"calendars\": 7}"))
                .extracting(Refusal::field, Refusal::rejectedValue, Refusal::reasonKey)
                .containsExactly(tuple("format", "paydesk-sla/2", SlaJson.FORMAT_KEY));
    }

    @Test
    void everyWrongValueIsNamedByItsJsonPath() {
        String json = """
                {"format": "paydesk-sla/1",
                 "calendars": [{"name": "pl-warsaw", "zone": "Europe/Warsaw", "hours": {"MONDAY": ["9 to 5"], "FUNDAY": []},
                                "daysOff": ["2026-02-30"], "colour": "red"}],
                 "policies": [{"id": "wislany", "name": 7,
                               "goals": {"RESOLUTION": {"target": "2 days", "calendar": "pl-warsaw"},
                                         "LUNCH": {"target": "1h", "calendar": "pl-warsaw"},
                                         "FIRST_RESPONSE": {"target": "4h", "calendar": "pl-warsaw", "stopOn": ["ANSWERED"]}},
                               "thresholds": [50, 75.5]}]}
                """;

        assertThat(refusals(json)).extracting(Refusal::field, Refusal::reasonKey).containsExactlyInAnyOrder(
                tuple("calendars[0].colour", "paydesk.error.json.unknownField"),
                tuple("calendars[0].hours.MONDAY[0]", "paydesk.error.calendar.hoursFormat"),
                tuple("calendars[0].hours.FUNDAY", SlaJson.WEEKDAY),
                tuple("calendars[0].daysOff[0]", "paydesk.error.calendar.dateLineFormat"),
                tuple("policies[0].name", "paydesk.error.json.notText"),
                tuple("policies[0].goals.RESOLUTION.target", "paydesk.error.sla.durationFormat"),
                tuple("policies[0].goals.LUNCH", SlaJson.GOAL_KIND),
                tuple("policies[0].goals.FIRST_RESPONSE.stopOn[0]", SlaJson.TRIGGER_FORMAT),
                tuple("policies[0].thresholds[1]", "paydesk.error.json.notWholeNumber"));
    }

    @Test
    void domainRefusalsOfAnImportAreNamedByTheSamePaths() {
        String json = """
                {"format": "paydesk-sla/1", "calendars": [],
                 "policies": [{"id": "wislany", "name": "Bank Wiślany",
                               "goals": {"RESOLUTION": {"target": "16h", "calendar": "pl-krakow"}},
                               "pauses": {"Waiting for customer": "customer-documents"}}]}
                """;
        SlaJson.Document document = SlaJson.read(json).orElseThrow();

        Outcome<SlaChange> outcome = SlaSamples.stored().importing(document.calendars(), document.policies(),
                SlaSamples.HOLIDAYS, SlaSamples.MARCH);

        assertThat(((Outcome.Refused<SlaChange>) outcome).refusals()).extracting(Refusal::field)
                .containsExactly("policies[0].goals.RESOLUTION.calendar", "policies[0].pauseReasons");
    }
}
