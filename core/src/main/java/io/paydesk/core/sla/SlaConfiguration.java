package io.paydesk.core.sla;

import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.calendar.CalendarDefinition;
import io.paydesk.core.calendar.HolidaySource;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An installation's SLA configuration as stored: the business calendars by name, as definitions, and every
 * version of every policy. Immutable; each edit is checked here and answered with the {@link SlaChange}
 * to store, or every refusal, so nothing is stored until all of it is right.
 *
 * <h2>Versions and identical input</h2>
 * A policy whose content (name, scope, goals, pauses, thresholds) equals its current version publishes
 * nothing; anything else becomes its next version, in effect from now. Old versions are never changed, so a
 * timer that started under version 1 keeps version 1. Importing the same document twice changes nothing the
 * second time.
 */
public final class SlaConfiguration {

    private final Map<String, CalendarDefinition> calendars;
    private final SlaPolicyBook book;

    public SlaConfiguration(List<CalendarDefinition> calendars, SlaPolicyBook book) {
        TreeMap<String, CalendarDefinition> byName = new TreeMap<>();
        calendars.forEach(definition -> byName.put(definition.name(), definition));
        this.calendars = java.util.Collections.unmodifiableMap(byName);
        this.book = book;
    }

    public static SlaConfiguration empty() {
        return new SlaConfiguration(List.of(), SlaPolicyBook.empty());
    }

    /** The calendar definitions, by name in alphabetical order. */
    public List<CalendarDefinition> calendarDefinitions() {
        return List.copyOf(calendars.values());
    }

    public Optional<CalendarDefinition> calendar(String name) {
        return Optional.ofNullable(calendars.get(name));
    }

    public SlaPolicyBook book() {
        return book;
    }

    public Set<CalendarName> calendarNames() {
        Set<CalendarName> names = new HashSet<>();
        calendars.keySet().forEach(name -> names.add(new CalendarName(name)));
        return names;
    }

    /**
     * The calendars built; a stored definition that no longer builds (a holiday table that no longer covers
     * its years) is left out, so goals on it are refused by the timers rather than counted wrongly.
     */
    public SlaCalendars calendars(HolidaySource holidays) {
        Map<CalendarName, BusinessCalendar> built = new LinkedHashMap<>();
        for (CalendarDefinition definition : calendars.values()) {
            if (definition.build(holidays) instanceof Outcome.Accepted<BusinessCalendar> accepted) {
                built.put(new CalendarName(definition.name()), accepted.value());
            }
        }
        return new SlaCalendars(built);
    }

    /** Saves a calendar (new, or replacing the definition of that name): nothing to store when unchanged. */
    public Outcome<SlaChange> saveCalendar(CalendarDefinition definition, HolidaySource holidays) {
        return switch (definition.build(holidays)) {
            case Outcome.Refused<BusinessCalendar> refused -> Outcome.refused(refused.refusals());
            case Outcome.Accepted<BusinessCalendar> built -> Outcome.accepted(
                    definition.equals(calendars.get(definition.name())) ? SlaChange.none()
                            : new SlaChange(List.of(definition), List.of()));
        };
    }

    /** Publishes the draft as its policy's next version, or nothing when it equals the current version. */
    public Outcome<SlaChange> publish(SlaPolicyDraft draft, Clock clock) {
        return publishInto(book, draft, calendarNames(), clock).map(step -> step.version()
                .map(version -> new SlaChange(List.of(), List.of(version))).orElse(SlaChange.none()));
    }

    /** One publication: the book after it and the version it added, if any. */
    private record Step(SlaPolicyBook book, Optional<SlaPolicy> version) {
    }

    private static Outcome<Step> publishInto(SlaPolicyBook book, SlaPolicyDraft draft, Set<CalendarName> names,
            Clock clock) {
        Optional<SlaPolicy> before = SlaPolicyId.isValid(draft.id()) ? book.current(new SlaPolicyId(draft.id()))
                : Optional.empty();
        return switch (book.publish(draft, names, clock)) {
            case Outcome.Refused<SlaPolicyBook> refused -> Outcome.refused(refused.refusals());
            case Outcome.Accepted<SlaPolicyBook> accepted -> {
                SlaPolicy published = accepted.value().current(new SlaPolicyId(draft.id())).orElseThrow();
                yield before.isPresent() && sameContent(before.get(), published)
                        ? Outcome.accepted(new Step(book, Optional.empty()))
                        : Outcome.accepted(new Step(accepted.value(), Optional.of(published)));
            }
        };
    }

    /**
     * Imports calendars and policies all at once: every calendar must build, every policy must publish on
     * the calendars stored or imported, in document order. Refusals name their place as
     * {@code calendars[0].zone} or {@code policies[1].goals.RESOLUTION.target}. Definitions equal to the
     * stored ones and policies equal to their current version change nothing.
     */
    public Outcome<SlaChange> importing(List<CalendarDefinition> definitions, List<SlaPolicyDraft> drafts,
            HolidaySource holidays, Clock clock) {
        List<Refusal> refusals = new ArrayList<>();
        List<CalendarDefinition> toSave = new ArrayList<>();
        Set<CalendarName> names = calendarNames();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < definitions.size(); i++) {
            CalendarDefinition definition = definitions.get(i);
            String at = "calendars[" + i + "].";
            if (!seen.add(definition.name())) {
                refusals.add(Refusal.of(at + "name", definition.name(), SlaRefusals.DUPLICATE_CALENDAR));
                continue;
            }
            switch (saveCalendar(definition, holidays)) {
                case Outcome.Refused<SlaChange> refused -> prefixed(at, refused.refusals(), refusals);
                case Outcome.Accepted<SlaChange> accepted -> {
                    toSave.addAll(accepted.value().calendars());
                    names.add(new CalendarName(definition.name()));
                }
            }
        }
        SlaPolicyBook running = book;
        List<SlaPolicy> versions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            SlaPolicyDraft draft = drafts.get(i);
            String at = "policies[" + i + "].";
            if (!ids.add(draft.id())) {
                refusals.add(Refusal.of(at + "id", draft.id(), SlaRefusals.DUPLICATE_POLICY));
                continue;
            }
            switch (publishInto(running, draft, names, clock)) {
                case Outcome.Refused<Step> refused -> prefixed(at, refused.refusals(), refusals);
                case Outcome.Accepted<Step> accepted -> {
                    running = accepted.value().book();
                    accepted.value().version().ifPresent(versions::add);
                }
            }
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        return Outcome.accepted(new SlaChange(toSave, versions));
    }

    /** The configuration once the change is stored. */
    public SlaConfiguration with(SlaChange change) {
        Map<String, CalendarDefinition> next = new TreeMap<>(calendars);
        change.calendars().forEach(definition -> next.put(definition.name(), definition));
        List<SlaPolicy> all = new ArrayList<>();
        for (SlaPolicy current : book.currentPolicies()) {
            all.addAll(book.versions(current.id()));
        }
        all.addAll(change.versions());
        return new SlaConfiguration(List.copyOf(next.values()), SlaPolicyBook.restore(all));
    }

    /** Whether two versions promise the same: everything but their version and publication moment. */
    public static boolean sameContent(SlaPolicy a, SlaPolicy b) {
        return a.id().equals(b.id()) && a.name().equals(b.name()) && a.scope().equals(b.scope())
                && a.goals().equals(b.goals()) && a.pauseReasons().equals(b.pauseReasons())
                && a.pauses().equals(b.pauses()) && a.warningPercents().equals(b.warningPercents());
    }

    private static void prefixed(String at, List<Refusal> from, List<Refusal> to) {
        from.forEach(r -> to.add(new Refusal(at + r.field(), r.rejectedValue(), r.reasonKey(), r.arguments())));
    }
}
