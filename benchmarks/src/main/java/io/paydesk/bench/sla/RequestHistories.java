package io.paydesk.bench.sla;

import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.sla.EventId;
import io.paydesk.core.sla.RequestEvent;
import io.paydesk.core.sla.RequestEvent.Change;
import io.paydesk.core.sla.SlaRequest;
import io.paydesk.core.sla.SlaSubject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Request histories as the event log would hold them, from a fixed seed: each request created in the
 * four months before {@link #NOW}, then 4 to 14 more events over up to three weeks (agent and customer
 * comments, moves in and out of every hold, some with the agent's pause reason, resolutions, reopenings),
 * stored in arrival order (shuffled) with one event in twenty delivered twice. Events that would fall
 * after {@code NOW} are not generated, so some requests are still open.
 */
final class RequestHistories {

    static final String OPEN = "Open";
    static final String IN_PROGRESS = "In progress";
    static final String WAITING_FOR_CUSTOMER = "Waiting for customer";
    static final String WAITING_FOR_PARTNER = "Waiting for partner";
    static final String PENDING = "Pending";
    static final String DONE = "Done";

    /** The moment every benchmark recomputes at. */
    static final Instant NOW = Instant.parse("2027-06-15T10:00:00Z");

    private static final String[] TYPES = {"card-dispute", "chargeback", "loyalty-points"};
    private static final String[] HOLDS = {WAITING_FOR_CUSTOMER, WAITING_FOR_PARTNER, PENDING};
    private static final String[] REASONS = {"merchant", "partner-bank", "scheme-acquirer"};

    private RequestHistories() {
    }

    static List<SlaRequest> generate(int count, long seed) {
        Random random = new Random(seed);
        List<SlaRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(request("PAY-" + i, random));
        }
        return requests;
    }

    private static SlaRequest request(String key, Random random) {
        Optional<PartnerId> partner = random.nextInt(10) == 0 ? Optional.empty()
                : Optional.of(new PartnerId(PartnerDesk.PARTNERS[random.nextInt(PartnerDesk.PARTNERS.length)]));
        SlaSubject subject = new SlaSubject(key, partner, TYPES[random.nextInt(TYPES.length)]);
        String priority = PartnerDesk.PRIORITIES[random.nextInt(PartnerDesk.PRIORITIES.length)];
        Instant created = NOW.minus(Duration.ofMinutes(60 + random.nextInt(120 * 24 * 60)));

        int more = 4 + random.nextInt(11);
        long span = Math.max(more, random.nextInt(21 * 24 * 60));
        long[] offsets = new long[more];
        for (int j = 0; j < more; j++) {
            offsets[j] = random.nextLong(span + 1);
        }
        Arrays.sort(offsets);

        List<RequestEvent> events = new ArrayList<>();
        Story story = new Story(key, events);
        story.add(created, new Change.Created(OPEN, priority), null);
        String status = OPEN;
        boolean resolved = false;
        for (long offset : offsets) {
            Instant at = created.plus(Duration.ofMinutes(offset));
            if (at.isAfter(NOW)) {
                break;
            }
            int roll = random.nextInt(100);
            if (resolved) {
                if (roll < 70) {
                    story.add(at, new Change.Reopened(), null);
                    story.add(at, new Change.StatusChanged(status, IN_PROGRESS), null);
                    status = IN_PROGRESS;
                    resolved = false;
                } else {
                    story.add(at, new Change.CustomerCommented(), null);
                }
            } else if (roll < 30) {
                story.add(at, new Change.AgentCommented(), null);
            } else if (roll < 45) {
                story.add(at, new Change.CustomerCommented(), null);
            } else if (roll < 88) {
                String to = status.equals(IN_PROGRESS) ? HOLDS[random.nextInt(HOLDS.length)] : IN_PROGRESS;
                String reason = to.equals(PENDING) && random.nextBoolean() ? REASONS[random.nextInt(REASONS.length)] : null;
                story.add(at, new Change.StatusChanged(status, to), reason);
                status = to;
            } else {
                story.add(at, new Change.Resolved(), null);
                story.add(at, new Change.StatusChanged(status, DONE), null);
                status = DONE;
                resolved = true;
            }
        }
        int delivered = events.size();
        for (int j = 0; j < delivered; j++) {
            if (random.nextInt(20) == 0) {
                events.add(events.get(j));
            }
        }
        Collections.shuffle(events, random);
        return new SlaRequest(subject, events);
    }

    private record Story(String key, List<RequestEvent> events) {
        void add(Instant at, Change change, String reason) {
            events.add(new RequestEvent(new EventId(key + "-" + (100 + events.size())), key, at, change, Optional.ofNullable(reason)));
        }
    }
}
