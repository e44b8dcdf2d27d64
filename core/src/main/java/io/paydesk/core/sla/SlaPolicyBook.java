package io.paydesk.core.sla;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every version of every SLA policy, and which one applies to a request at a moment. Immutable:
 * {@link #publish} returns a new book (so it is also the dry run: nothing changes until the caller keeps
 * the new book), and old versions are never changed or removed.
 *
 * <h2>Versions</h2>
 * Publishing a policy id again makes its next version, which takes effect at the moment of publication
 * (the injected clock) and never earlier: the version in effect at an instant is the last one published
 * at or before it. A timer cycle runs under the version in effect when it started, so publishing changes
 * no running or past cycle; cycles that start later (a new request, a reopening) use the new version.
 *
 * <h2>Which policy applies</h2>
 * Among the policies in effect whose scope matches the request's partner, request type and priority, the
 * most specific one (the most dimensions named). Publishing refuses a configuration in which two policies
 * of equal specificity match a common request that no more specific policy takes, so the choice is always
 * unique.
 */
public final class SlaPolicyBook {

    private static final SlaPolicyBook EMPTY = new SlaPolicyBook(new TreeMap<>(), null);

    private final TreeMap<SlaPolicyId, List<SlaPolicy>> versions;
    private final Instant lastPublished;
    /** Every moment a version took effect, ascending, each once. */
    private final Instant[] changes;

    private SlaPolicyBook(TreeMap<SlaPolicyId, List<SlaPolicy>> versions, Instant lastPublished) {
        this.versions = versions;
        this.lastPublished = lastPublished;
        this.changes = versions.values().stream().flatMap(List::stream).map(SlaPolicy::effectiveFrom)
                .distinct().sorted().toArray(Instant[]::new);
    }

    public static SlaPolicyBook empty() {
        return EMPTY;
    }

    /**
     * The book as stored: every version of every policy, in any order. Versions of a policy must run from
     * 1 without gaps and take effect in that order; anything else is a corrupted store and throws.
     */
    public static SlaPolicyBook restore(Collection<SlaPolicy> stored) {
        TreeMap<SlaPolicyId, List<SlaPolicy>> byId = new TreeMap<>();
        Instant last = null;
        for (SlaPolicy policy : stored) {
            byId.computeIfAbsent(policy.id(), id -> new ArrayList<>()).add(policy);
            last = last == null || policy.effectiveFrom().isAfter(last) ? policy.effectiveFrom() : last;
        }
        for (Map.Entry<SlaPolicyId, List<SlaPolicy>> entry : byId.entrySet()) {
            List<SlaPolicy> list = entry.getValue();
            list.sort(Comparator.comparingInt(SlaPolicy::version));
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).version() != i + 1
                        || (i > 0 && list.get(i).effectiveFrom().isBefore(list.get(i - 1).effectiveFrom()))) {
                    throw new IllegalArgumentException("versions of " + entry.getKey()
                            + " must run from 1 and take effect in order: " + list.stream().map(SlaPolicy::ref).toList());
                }
            }
            entry.setValue(List.copyOf(list));
        }
        return new SlaPolicyBook(byId, last);
    }

    /**
     * The draft as the next version of its policy (version 1 for a new id), in effect from now; or every
     * refusal: the draft's own, a scope tie with another policy, a clock behind the last publication.
     */
    public Outcome<SlaPolicyBook> publish(SlaPolicyDraft draft, Set<CalendarName> calendars, Clock clock) {
        Instant now = clock.instant();
        int version = SlaPolicyId.isValid(draft.id()) ? versions(new SlaPolicyId(draft.id())).size() + 1 : 1;
        List<Refusal> refusals = new ArrayList<>();
        if (lastPublished != null && now.isBefore(lastPublished)) {
            refusals.add(Refusal.of("effectiveFrom", now.toString(), SlaRefusals.EFFECTIVE_BEFORE_PREVIOUS,
                    lastPublished.toString()));
        }
        SlaPolicy policy = null;
        switch (draft.check(version, now, calendars)) {
            case Outcome.Accepted<SlaPolicy> accepted -> policy = accepted.value();
            case Outcome.Refused<SlaPolicy> refused -> refusals.addAll(refused.refusals());
        }
        if (policy != null) {
            refusals.addAll(ties(policy));
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        TreeMap<SlaPolicyId, List<SlaPolicy>> next = new TreeMap<>(versions);
        List<SlaPolicy> list = new ArrayList<>(versions(policy.id()));
        list.add(policy);
        next.put(policy.id(), List.copyOf(list));
        return Outcome.accepted(new SlaPolicyBook(next, now));
    }

    /** Pairs of policies that would tie once {@code published} replaces its policy's current version. */
    private List<Refusal> ties(SlaPolicy published) {
        List<SlaPolicy> configuration = new ArrayList<>();
        for (SlaPolicy current : currentPolicies()) {
            if (!current.id().equals(published.id())) {
                configuration.add(current);
            }
        }
        configuration.add(published);
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < configuration.size(); i++) {
            for (int j = i + 1; j < configuration.size(); j++) {
                SlaPolicy a = configuration.get(i);
                SlaPolicy b = configuration.get(j);
                int specificity = a.scope().specificity();
                if (specificity != b.scope().specificity()) {
                    continue;
                }
                Optional<SlaScope> common = a.scope().meet(b.scope());
                if (common.isPresent() && !decided(common.get(), specificity, configuration)) {
                    // the published policy is last in the configuration, so it can only be b; name it first
                    SlaPolicy first = b == published ? b : a;
                    SlaPolicy second = b == published ? a : b;
                    refusals.add(Refusal.of("scope", published.scope().toString(), SlaRefusals.SCOPE_TIE,
                            first.id().value(), second.id().value()));
                }
            }
        }
        return refusals;
    }

    /** Whether a more specific policy takes every request of {@code common} (with open-ended values, one must take all of it). */
    private static boolean decided(SlaScope common, int specificity, List<SlaPolicy> configuration) {
        for (SlaPolicy policy : configuration) {
            if (policy.scope().specificity() > specificity && policy.scope().covers(common)) {
                return true;
            }
        }
        return false;
    }

    /** Every version of a policy, oldest first; empty for an unknown id. */
    public List<SlaPolicy> versions(SlaPolicyId id) {
        return versions.getOrDefault(id, List.of());
    }

    public Optional<SlaPolicy> version(PolicyRef ref) {
        List<SlaPolicy> list = versions(ref.id());
        return ref.version() <= list.size() ? Optional.of(list.get(ref.version() - 1)) : Optional.empty();
    }

    /** The latest version of a policy. */
    public Optional<SlaPolicy> current(SlaPolicyId id) {
        List<SlaPolicy> list = versions(id);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /** The latest version of every policy, by id. */
    public List<SlaPolicy> currentPolicies() {
        return versions.values().stream().map(list -> list.get(list.size() - 1)).toList();
    }

    /** The version of a policy in effect at a moment: the last one that took effect at or before it. */
    public Optional<SlaPolicy> inEffect(SlaPolicyId id, Instant at) {
        return Optional.ofNullable(inEffect(versions(id), at));
    }

    private static SlaPolicy inEffect(List<SlaPolicy> list, Instant at) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (!list.get(i).effectiveFrom().isAfter(at)) {
                return list.get(i);
            }
        }
        return null;
    }

    /** The first moment after {@code at} at which some version takes effect: until then, {@link #select} answers as at {@code at}. */
    public Optional<Instant> nextChangeAfter(Instant at) {
        int index = Arrays.binarySearch(changes, at);
        int next = index >= 0 ? index + 1 : -index - 1;
        return next < changes.length ? Optional.of(changes[next]) : Optional.empty();
    }

    /**
     * The policy version that applies to a request with this priority at a moment: among the versions in
     * effect then whose scope matches, the most specific (a restored book that nevertheless holds a tie
     * resolves it by the smaller policy id, never at random).
     */
    public Optional<SlaPolicy> select(SlaSubject subject, String priority, Instant at) {
        SlaPolicy best = null;
        for (List<SlaPolicy> list : versions.values()) {
            SlaPolicy candidate = inEffect(list, at);
            if (candidate != null && candidate.scope().matches(subject.partner(), subject.requestType(), priority)
                    && (best == null || candidate.scope().specificity() > best.scope().specificity())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public String toString() {
        return "SlaPolicyBook" + versions.values().stream().map(list -> list.get(list.size() - 1).ref()).toList();
    }
}
