package io.paydesk.core.sla;

import static io.paydesk.core.sla.GoalKind.RESOLUTION;
import static io.paydesk.core.sla.SlaFixtures.CALENDARS;
import static io.paydesk.core.sla.SlaFixtures.CALENDAR_NAMES;
import static io.paydesk.core.sla.SlaFixtures.OFFICE;
import static io.paydesk.core.sla.SlaFixtures.aRequest;
import static io.paydesk.core.sla.SlaFixtures.clockAt;
import static io.paydesk.core.sla.SlaFixtures.warsaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Policies change by new versions only: running cycles keep theirs, later cycles take the new one. */
class SlaPolicyVersioningTest {

    private static final SlaSubject WISLANY_REQUEST = new SlaSubject("PAY-1", Optional.of(new PartnerId("12")), "card-dispute");

    /** v1 (resolution 8 h) from launch; v2 (resolution 2 h) published on Monday 30 Nov 2026 at 12:00 Warsaw time. */
    private static final Instant V2_PUBLISHED = warsaw(2026, 11, 30, 12, 0);

    private static SlaPolicyBook bookWithTwoVersions() {
        SlaPolicyBook v1 = SlaFixtures.bookOf(SlaFixtures.wislanyStandard());
        SlaPolicyDraft edited = SlaPolicy.draft("wislany-standard").named("Bank Wiślany standard, 2026 addendum").forPartner("12")
                .firstResponse(Duration.ofHours(2), OFFICE).resolution(Duration.ofHours(2), OFFICE).warnAt(50);
        return v1.publish(edited, CALENDAR_NAMES, clockAt(V2_PUBLISHED)).orElseThrow();
    }

    private static RequestSla evaluate(SlaPolicyBook book, String key, RequestStory story, Instant now) {
        SlaSubject subject = new SlaSubject(key, WISLANY_REQUEST.partner(), WISLANY_REQUEST.requestType());
        return SlaTimers.evaluate(book, subject, CALENDARS, story.history(), now).orElseThrow();
    }

    @Test
    void publishingAgainMakesTheNextVersionAndKeepsTheOldOneUnchanged() {
        SlaPolicyBook book = bookWithTwoVersions();
        SlaPolicyId id = new SlaPolicyId("wislany-standard");

        assertThat(book.versions(id)).extracting(SlaPolicy::ref)
                .containsExactly(PolicyRef.of("wislany-standard", 1), PolicyRef.of("wislany-standard", 2));
        assertThat(book.version(PolicyRef.of("wislany-standard", 1)).orElseThrow())
                .isEqualTo(SlaFixtures.wislanyStandardV1());
        assertThat(book.current(id).orElseThrow().effectiveFrom()).isEqualTo(V2_PUBLISHED);
        assertThat(book.inEffect(id, V2_PUBLISHED.minusNanos(1)).orElseThrow().version()).isEqualTo(1);
        assertThat(book.inEffect(id, V2_PUBLISHED).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aPublishedVersionEditedAsADraftBecomesTheNextVersionWithTheSameContent() {
        SlaPolicy v1 = SlaFixtures.wislanyStandardV1();
        Instant later = V2_PUBLISHED;

        SlaPolicy v2 = SlaFixtures.bookOf(SlaFixtures.wislanyStandard()).publish(v1.toDraft(), CALENDAR_NAMES, clockAt(later))
                .orElseThrow().current(v1.id()).orElseThrow();

        assertThat(v2.ref()).isEqualTo(PolicyRef.of("wislany-standard", 2));
        assertThat(v2).usingRecursiveComparison().ignoringFields("ref", "effectiveFrom").isEqualTo(v1);
    }

    @Test
    void aTimerStartedUnderVersionOneKeepsItAfterVersionTwoIsPublished() {
        RequestStory before = aRequest("PAY-1").created(warsaw(2026, 11, 30, 9, 0));

        SlaTimer timer = evaluate(bookWithTwoVersions(), "PAY-1", before, warsaw(2026, 11, 30, 14, 0)).latest(RESOLUTION).orElseThrow();

        assertThat(timer.policy()).isEqualTo(PolicyRef.of("wislany-standard", 1));
        assertThat(timer.target()).isEqualTo(Duration.ofHours(8));
        assertThat(timer.state()).isEqualTo(new TimerState.Running(warsaw(2026, 11, 30, 17, 0)));
    }

    @Test
    void aRequestCreatedAfterVersionTwoUsesIt() {
        RequestStory after = aRequest("PAY-2").created(warsaw(2026, 11, 30, 13, 0));

        SlaTimer timer = evaluate(bookWithTwoVersions(), "PAY-2", after, warsaw(2026, 11, 30, 14, 0)).latest(RESOLUTION).orElseThrow();

        assertThat(timer.policy()).isEqualTo(PolicyRef.of("wislany-standard", 2));
        assertThat(timer.state()).isEqualTo(new TimerState.Running(warsaw(2026, 11, 30, 15, 0)));
    }

    @Test
    void aCycleThatStartsAfterVersionTwoUsesItWhileTheEarlierCycleKeepsVersionOne() {
        RequestStory reopened = aRequest("PAY-3").created(warsaw(2026, 11, 30, 9, 0))
                .resolved(warsaw(2026, 11, 30, 11, 0))
                .reopened(warsaw(2026, 12, 1, 9, 0));

        RequestSla sla = evaluate(bookWithTwoVersions(), "PAY-3", reopened, warsaw(2026, 12, 1, 10, 0));

        assertThat(sla.timers(RESOLUTION)).extracting(SlaTimer::policy, SlaTimer::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PolicyRef.of("wislany-standard", 1), Duration.ofHours(8)),
                org.assertj.core.groups.Tuple.tuple(PolicyRef.of("wislany-standard", 2), Duration.ofHours(2)));
        // v2 has no partner-update goal: the first cycle (under v1) stopped at the resolution and none follows.
        assertThat(sla.timers(GoalKind.PARTNER_UPDATE)).extracting(SlaTimer::policy, SlaTimer::cycle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PolicyRef.of("wislany-standard", 1), 1));
    }

    @Test
    void recomputingLaterGivesTheSameTimersNothingIsRewritten() {
        SlaPolicyBook book = bookWithTwoVersions();
        RequestStory before = aRequest("PAY-1").created(warsaw(2026, 11, 30, 9, 0));
        RequestSla first = evaluate(book, "PAY-1", before, warsaw(2026, 11, 30, 14, 0));

        SlaPolicyBook evenLater = book.publish(SlaFixtures.wislanyStandard().named("v3"), CALENDAR_NAMES,
                clockAt(warsaw(2026, 11, 30, 15, 0))).orElseThrow();

        assertThat(evaluate(evenLater, "PAY-1", before, warsaw(2026, 11, 30, 14, 0))).isEqualTo(first);
    }

    @Test
    void theMostSpecificMatchingPolicyApplies() {
        SlaPolicyBook book = SlaFixtures.bookOf(
                SlaPolicy.draft("default").named("Everyone").resolution(Duration.ofHours(40), OFFICE),
                SlaFixtures.wislanyStandard(),
                SlaPolicy.draft("wislany-p1").named("Wiślany P1").forPartner("12").forPriority("P1")
                        .resolution(Duration.ofHours(2), OFFICE));
        Instant now = warsaw(2026, 11, 30, 10, 0);

        assertThat(book.select(WISLANY_REQUEST, "P1", now).orElseThrow().id()).hasToString("wislany-p1");
        assertThat(book.select(WISLANY_REQUEST, "P3", now).orElseThrow().id()).hasToString("wislany-standard");
        assertThat(book.select(new SlaSubject("X-1", Optional.of(new PartnerId("7")), "card-dispute"), "P1", now)
                .orElseThrow().id()).hasToString("default");
        assertThat(book.select(WISLANY_REQUEST, "P1", SlaFixtures.LAUNCH.minusSeconds(1))).isEmpty();
    }

    @Test
    void aPriorityChangeAppliesFromTheNextCycleTheRunningOneKeepsItsPolicy() {
        SlaPolicyBook book = SlaFixtures.bookOf(SlaFixtures.wislanyStandard(),
                SlaPolicy.draft("wislany-p1").named("Wiślany P1").forPartner("12").forPriority("P1")
                        .resolution(Duration.ofHours(2), OFFICE));
        RequestStory story = aRequest("PAY-4").created(warsaw(2026, 11, 30, 9, 0))
                .prioritySetTo("P1", warsaw(2026, 11, 30, 10, 0))
                .resolved(warsaw(2026, 11, 30, 11, 0))
                .reopened(warsaw(2026, 11, 30, 12, 0));

        RequestSla sla = evaluate(book, "PAY-4", story, warsaw(2026, 11, 30, 13, 0));

        assertThat(sla.timers(RESOLUTION)).extracting(timer -> timer.policy().id().value())
                .containsExactly("wislany-standard", "wislany-p1");
    }

    @Test
    void aRequestNoPolicyMatchesHasNoTimers() {
        RequestStory story = aRequest("PAY-5").created(warsaw(2026, 11, 30, 9, 0));
        SlaSubject otherPartner = new SlaSubject("PAY-5", Optional.of(new PartnerId("99")), "card-dispute");

        RequestSla sla = SlaTimers.evaluate(bookWithTwoVersions(), otherPartner, CALENDARS, story.history(),
                warsaw(2026, 11, 30, 10, 0)).orElseThrow();

        assertThat(sla.timers()).isEmpty();
        assertThat(sla.nextDue()).isEmpty();
    }

    @Test
    void aCalendarRemovedSinceThePolicyWasPublishedIsRefusedNotGuessed() {
        RequestStory story = aRequest("PAY-6").created(warsaw(2026, 11, 30, 9, 0));

        Outcome<RequestSla> outcome = SlaTimers.evaluate(SlaFixtures.wislanyStandardV1(), new SlaCalendars(Map.of()),
                story.history(), warsaw(2026, 11, 30, 10, 0));

        assertThat(((Outcome.Refused<RequestSla>) outcome).refusals()).containsExactly(
                Refusal.of("goals.FIRST_RESPONSE.calendar", OFFICE, SlaRefusals.UNKNOWN_CALENDAR, "wislany-standard@v1"),
                Refusal.of("goals.RESOLUTION.calendar", OFFICE, SlaRefusals.UNKNOWN_CALENDAR, "wislany-standard@v1"),
                Refusal.of("goals.PARTNER_UPDATE.calendar", OFFICE, SlaRefusals.UNKNOWN_CALENDAR, "wislany-standard@v1"));
    }

    @Test
    void aStoredBookIsRestoredAsItWasAndACorruptedOneThrows() {
        SlaPolicyBook book = bookWithTwoVersions();
        List<SlaPolicy> stored = book.versions(new SlaPolicyId("wislany-standard"));

        SlaPolicyBook restored = SlaPolicyBook.restore(List.of(stored.get(1), stored.get(0)));

        assertThat(restored.versions(new SlaPolicyId("wislany-standard"))).isEqualTo(stored);
        assertThatThrownBy(() -> SlaPolicyBook.restore(List.of(stored.get(1)))).isInstanceOf(IllegalArgumentException.class);
    }
}
