package io.paydesk.core.sla;

import static io.paydesk.core.sla.SlaFixtures.CALENDAR_NAMES;
import static io.paydesk.core.sla.SlaFixtures.LAUNCH;
import static io.paydesk.core.sla.SlaFixtures.OFFICE;
import static io.paydesk.core.sla.SlaFixtures.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an administrator may define, and the refusals, field by field, for what they may not. */
class SlaPolicyDefinitionTest {

    private static List<Refusal> refusalsOf(SlaPolicyDraft draft) {
        return refusalsOf(SlaPolicyBook.empty(), draft);
    }

    private static List<Refusal> refusalsOf(SlaPolicyBook book, SlaPolicyDraft draft) {
        Outcome<SlaPolicyBook> outcome = book.publish(draft, CALENDAR_NAMES, clockAt(LAUNCH));
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<SlaPolicyBook>) outcome).refusals();
    }

    @Test
    void aWellFormedPolicyIsPublishedAsVersionOneWithItsGoalsPausesAndThresholds() {
        SlaPolicy policy = SlaFixtures.wislanyStandardV1();

        assertThat(policy.ref()).hasToString("wislany-standard@v1");
        assertThat(policy.effectiveFrom()).isEqualTo(LAUNCH);
        assertThat(policy.scope()).isEqualTo(SlaScope.everything().partner(new PartnerId("12")));
        assertThat(policy.goals()).extracting(SlaGoal::kind)
                .containsExactly(GoalKind.FIRST_RESPONSE, GoalKind.RESOLUTION, GoalKind.PARTNER_UPDATE);
        assertThat(policy.goal(GoalKind.RESOLUTION).orElseThrow().target()).isEqualTo(Duration.ofHours(8));
        assertThat(policy.pauseReasons()).containsExactly(PauseReason.MERCHANT, PauseReason.CUSTOMER_DOCUMENTS,
                PauseReason.PARTNER_BANK, PauseReason.SCHEME_OR_ACQUIRER);
        assertThat(policy.warningPercents()).containsExactly(50, 75, 90);
    }

    @Test
    void everyMistakeIsRefusedAtOnceWithItsFieldValueAndMessageKey() {
        SlaPolicyDraft draft = SlaPolicy.draft("Wiślany P1").named(" ")
                .forPartner(" ")
                .resolution(Duration.ZERO, OFFICE)
                .resolution(Duration.ofHours(4), OFFICE)
                .firstResponse(Duration.ofHours(9000), "tashkent-office")
                .goal(GoalKind.PARTNER_UPDATE, Duration.ofHours(4), OFFICE, List.of(), List.of(Trigger.on(EventKind.AGENT_COMMENTED)),
                        List.of(Trigger.on(EventKind.AGENT_COMMENTED), Trigger.entersStatus(" ")))
                .pauseWhile("Waiting for customer", PauseReason.CUSTOMER_DOCUMENTS)
                .pauseWhile("Waiting for customer", PauseReason.PARTNER_BANK)
                .pauseWhile("Pending", "Scheme!", "Scheme")
                .pauseReason("merchant", "Merchant (other name)")
                .pauseReason(PauseReason.MERCHANT)
                .warnAt(50, 0, 100, 50);

        assertThat(refusalsOf(draft)).containsExactlyInAnyOrder(
                Refusal.of("id", "Wiślany P1", SlaRefusals.ID_FORMAT),
                Refusal.of("name", " ", SlaRefusals.NAME_MISSING),
                Refusal.of("scope.partner", " ", SlaRefusals.SCOPE_VALUE),
                Refusal.of("goals.RESOLUTION.target", "PT0S", SlaRefusals.GOAL_NOT_POSITIVE),
                Refusal.of("goals.RESOLUTION", "RESOLUTION", SlaRefusals.DUPLICATE_GOAL),
                Refusal.of("goals.FIRST_RESPONSE.target", "PT9000H", SlaRefusals.GOAL_TOO_LONG, "8760"),
                Refusal.of("goals.FIRST_RESPONSE.calendar", "tashkent-office", SlaRefusals.UNKNOWN_CALENDAR),
                Refusal.of("goals.PARTNER_UPDATE.startOn", "", SlaRefusals.NO_START_TRIGGER),
                Refusal.of("goals.PARTNER_UPDATE.restartOn", "AGENT_COMMENTED", SlaRefusals.STOPS_AND_RESTARTS, "AGENT_COMMENTED"),
                Refusal.of("goals.PARTNER_UPDATE.stopOn", "enters ' '", SlaRefusals.BLANK_STATUS),
                Refusal.of("pauses.Waiting for customer", "Waiting for customer", SlaRefusals.DUPLICATE_PAUSE_STATUS),
                Refusal.of("pauseReasons", "Scheme! Scheme", SlaRefusals.PAUSE_REASON),
                Refusal.of("pauseReasons.merchant", "Waiting for the merchant", SlaRefusals.PAUSE_REASON_CONFLICT, "Merchant (other name)"),
                Refusal.of("thresholds", "0", SlaRefusals.THRESHOLD_RANGE),
                Refusal.of("thresholds", "100", SlaRefusals.THRESHOLD_RANGE),
                Refusal.of("thresholds", "50", SlaRefusals.THRESHOLD_DUPLICATE));
    }

    @Test
    void aPolicyWithoutGoalsOrWithAClockThatNeverStopsIsRefused() {
        assertThat(refusalsOf(SlaPolicy.draft("empty").named("Nothing promised")))
                .containsExactly(Refusal.of("goals", "", SlaRefusals.NO_GOALS));
        assertThat(refusalsOf(SlaPolicy.draft("forever").named("Never stops")
                .goal(GoalKind.RESOLUTION, Duration.ofHours(8), OFFICE, List.of(Trigger.on(EventKind.CREATED)), List.of(), List.of())))
                .containsExactly(Refusal.of("goals.RESOLUTION.stopOn", "", SlaRefusals.NO_STOP_TRIGGER));
    }

    @Test
    void twoPoliciesEquallySpecificForTheSameRequestsAreATie() {
        SlaPolicyBook book = SlaFixtures.bookOf(SlaFixtures.wislanyStandard());

        SlaPolicyDraft samePartner = SlaPolicy.draft("wislany-copy").named("Copy").forPartner("12")
                .resolution(Duration.ofHours(4), OFFICE);

        assertThat(refusalsOf(book, samePartner)).containsExactly(
                Refusal.of("scope", "partner=12, type=*, priority=*", SlaRefusals.SCOPE_TIE, "wislany-copy", "wislany-standard"));
    }

    @Test
    void aTieIsRefusedUnlessAMoreSpecificPolicyTakesEveryRequestBothWouldMatch() {
        // "partner 12, any priority" and "any partner, P1" both match partner 12's P1 requests.
        SlaPolicyBook book = SlaFixtures.bookOf(SlaFixtures.wislanyStandard());
        SlaPolicyDraft everyP1 = SlaPolicy.draft("every-p1").named("Any partner, P1").forPriority("P1")
                .resolution(Duration.ofHours(4), OFFICE);

        assertThat(refusalsOf(book, everyP1)).extracting(Refusal::reasonKey).containsExactly(SlaRefusals.SCOPE_TIE);

        // Once partner 12 has its own P1 policy, the shared requests go to it and both may exist.
        SlaPolicyBook decided = book.publish(SlaPolicy.draft("wislany-p1").named("Wiślany P1").forPartner("12").forPriority("P1")
                .resolution(Duration.ofHours(2), OFFICE), CALENDAR_NAMES, clockAt(LAUNCH)).orElseThrow();
        assertThat(decided.publish(everyP1, CALENDAR_NAMES, clockAt(LAUNCH))).isInstanceOf(Outcome.Accepted.class);
    }

    @Test
    void narrowingThePolicyThatDecidedATieIsRefusedForThePairItLeavesTied() {
        SlaPolicyBook book = SlaFixtures.bookOf(SlaFixtures.wislanyStandard(),
                SlaPolicy.draft("wislany-p1").named("Wiślany P1").forPartner("12").forPriority("P1").resolution(Duration.ofHours(2), OFFICE),
                SlaPolicy.draft("every-p1").named("Any partner, P1").forPriority("P1").resolution(Duration.ofHours(4), OFFICE));

        SlaPolicyDraft narrowed = SlaPolicy.draft("wislany-p1").named("Wiślany P1 card disputes").forPartner("12").forPriority("P1")
                .forRequestType("card-dispute").resolution(Duration.ofHours(2), OFFICE);

        assertThat(refusalsOf(book, narrowed)).containsExactly(Refusal.of("scope", "partner=12, type=card-dispute, priority=P1",
                SlaRefusals.SCOPE_TIE, "every-p1", "wislany-standard"));
    }

    @Test
    void aClockBehindTheLastPublicationCannotPublish() {
        SlaPolicyBook book = SlaFixtures.bookOf(SlaFixtures.wislanyStandard());
        Instant earlier = LAUNCH.minusSeconds(5);

        Outcome<SlaPolicyBook> outcome = book.publish(SlaFixtures.wislanyStandard().named("Edited"), CALENDAR_NAMES, clockAt(earlier));

        assertThat(((Outcome.Refused<SlaPolicyBook>) outcome).refusals()).containsExactly(
                Refusal.of("effectiveFrom", earlier.toString(), SlaRefusals.EFFECTIVE_BEFORE_PREVIOUS, LAUNCH.toString()));
    }

    @Test
    void aPolicyMadeInCodeIsStillCheckedAndAProgrammingErrorThrows() {
        SlaGoal resolution = SlaGoal.of(GoalKind.RESOLUTION, Duration.ofHours(8), new CalendarName(OFFICE));
        PolicyRef ref = PolicyRef.of("p", 1);

        assertThatThrownBy(() -> new SlaPolicy(ref, "P", SlaScope.everything(), LAUNCH, List.of(resolution, resolution),
                List.of(), List.of(), List.of())).hasMessageContaining("one per kind");
        assertThatThrownBy(() -> new SlaPolicy(ref, "P", SlaScope.everything(), LAUNCH, List.of(resolution),
                List.of(), List.of(new PauseCondition("Waiting", PauseReason.MERCHANT)), List.of()))
                .hasMessageContaining("declared reason");
        assertThatThrownBy(() -> new SlaPolicy(ref, "P", SlaScope.everything(), LAUNCH, List.of(resolution),
                List.of(), List.of(), List.of(90, 50))).hasMessageContaining("ascending");
        assertThatThrownBy(() -> new SlaGoal(GoalKind.RESOLUTION, Duration.ofHours(-1), new CalendarName(OFFICE),
                List.of(Trigger.on(EventKind.CREATED)), List.of(), List.of(Trigger.on(EventKind.RESOLVED))))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new SlaPolicyId("Not An Id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaScope(Optional.empty(), Optional.of(" "), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
