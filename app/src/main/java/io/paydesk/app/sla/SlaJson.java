package io.paydesk.app.sla;

import io.paydesk.app.platform.json.Json;
import io.paydesk.app.platform.json.JsonReader;
import io.paydesk.core.calendar.CalendarDefinition;
import io.paydesk.core.calendar.CalendarForm;
import io.paydesk.core.calendar.CalendarRefusals;
import io.paydesk.core.calendar.Holiday;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.sla.BusinessDuration;
import io.paydesk.core.sla.CalendarName;
import io.paydesk.core.sla.EventKind;
import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.PauseCondition;
import io.paydesk.core.sla.PauseReason;
import io.paydesk.core.sla.PolicyRef;
import io.paydesk.core.sla.SlaConfiguration;
import io.paydesk.core.sla.SlaGoal;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyDraft;
import io.paydesk.core.sla.SlaRefusals;
import io.paydesk.core.sla.SlaScope;
import io.paydesk.core.sla.Trigger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calendars and SLA policies as JSON: the import and export document, and the form each row of the store
 * keeps. One format for both, so what is exported is exactly what is stored.
 *
 * <pre>
 * {"format": "paydesk-sla/1",
 *  "calendars": [{"name": "pl-warsaw", "zone": "Europe/Warsaw", "twentyFourSeven": false,
 *                 "hours": {"MONDAY": ["09:00-17:00"], …}, "country": "PL", "years": "2024-2030",
 *                 "holidays": [{"date": "2026-12-24", "name": "Christmas Eve"}],
 *                 "workingDays": {"2026-03-07": ["10:00-14:00"]}, "daysOff": ["2026-05-04"]}],
 *  "policies": [{"id": "wislany", "version": 1, "name": "Bank Wiślany",
 *                "scope": {"partner": "3", "requestType": null, "priority": null},
 *                "goals": {"FIRST_RESPONSE": {"target": "4h", "calendar": "pl-warsaw",
 *                          "startOn": ["CREATED"], "restartOn": [], "stopOn": ["AGENT_COMMENTED", "RESOLVED"]}, …},
 *                "pauseReasons": {"customer-documents": "Waiting for customer documents"},
 *                "pauses": {"Waiting for customer": "customer-documents"},
 *                "thresholds": [50, 75, 90]}]}
 * </pre>
 * Triggers are an event kind ({@code CREATED}, {@code STATUS_CHANGED}, {@code AGENT_COMMENTED},
 * {@code CUSTOMER_COMMENTED}, {@code PRIORITY_CHANGED}, {@code RESOLVED}, {@code REOPENED}),
 * {@code enters:<status>} or {@code leaves:<status>}; left out, a goal gets its kind's usual ones.
 * {@code version} and {@code effectiveFrom} are written on export and ignored on import (an import publishes
 * the next version when the content differs). Reading is strict: unknown keys, wrong types and duplicate keys
 * are refused, each named by its JSON path.
 */
public final class SlaJson {

    public static final String FORMAT = "paydesk-sla/1";
    public static final String FORMAT_KEY = "paydesk.error.json.format";
    public static final String GOAL_KIND = "paydesk.error.sla.goalKind";
    public static final String TRIGGER_FORMAT = "paydesk.error.sla.triggerFormat";
    public static final String WEEKDAY = "paydesk.error.calendar.weekday";

    private static final Set<String> DOCUMENT = Set.of("format", "calendars", "policies");
    private static final Set<String> CALENDAR = Set.of("name", "zone", "twentyFourSeven", "hours", "country", "years",
            "holidays", "workingDays", "daysOff");
    private static final Set<String> HOLIDAY = Set.of("date", "name");
    private static final Set<String> POLICY = Set.of("id", "version", "effectiveFrom", "name", "scope", "goals",
            "pauseReasons", "pauses", "thresholds");
    private static final Set<String> SCOPE = Set.of("partner", "requestType", "priority");
    private static final Set<String> GOAL = Set.of("target", "calendar", "startOn", "restartOn", "stopOn");

    /** An import document as read: the calendars and the policies as drafts, in document order. */
    public record Document(List<CalendarDefinition> calendars, List<SlaPolicyDraft> policies) {
    }

    /** A policy as read, before it is checked. */
    private record PolicyInput(String id, String name, Optional<String> partner, Optional<String> requestType,
            Optional<String> priority, Map<GoalKind, GoalInput> goals, Map<String, String> reasons,
            Map<String, String> pauses, List<Integer> thresholds) {

        SlaPolicyDraft draft() {
            SlaPolicyDraft draft = SlaPolicy.draft(id).named(name).forPartner(partner.orElse(null))
                    .forRequestType(requestType.orElse(null)).forPriority(priority.orElse(null));
            goals.forEach((kind, goal) -> draft.goal(kind, goal.target(), goal.calendar(), goal.startOn(),
                    goal.restartOn(), goal.stopOn()));
            reasons.forEach(draft::pauseReason);
            pauses.forEach((status, code) -> draft.pauseWhile(status, code, reasons.get(code)));
            thresholds.forEach(draft::warnAt);
            return draft;
        }
    }

    private record GoalInput(Duration target, String calendar, List<Trigger> startOn, List<Trigger> restartOn,
            List<Trigger> stopOn) {
    }

    private SlaJson() {
    }

    // ---- writing ----

    /** The export document: every calendar and the current version of every policy. */
    public static String export(SlaConfiguration configuration) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("calendars", configuration.calendarDefinitions().stream().map(SlaJson::calendarValue).toList());
        document.put("policies", configuration.book().currentPolicies().stream().map(SlaJson::policyValue).toList());
        return Json.write(document);
    }

    public static String calendar(CalendarDefinition definition) {
        return Json.write(calendarValue(definition));
    }

    public static String policy(SlaPolicy policy) {
        return Json.write(policyValue(policy));
    }

    private static Map<String, Object> calendarValue(CalendarDefinition definition) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", definition.name());
        value.put("zone", definition.zone());
        value.put("twentyFourSeven", definition.twentyFourSeven());
        Map<String, Object> hours = new LinkedHashMap<>();
        definition.hours().forEach((day, list) -> hours.put(day.name(), list.stream().map(Object::toString).toList()));
        value.put("hours", hours);
        value.put("country", definition.hasCountry() ? definition.country() : null);
        value.put("years", definition.hasCountry() ? definition.firstYear() + "-" + definition.lastYear() : null);
        value.put("holidays", definition.holidays().stream().map(h -> {
            Map<String, Object> holiday = new LinkedHashMap<>();
            holiday.put("date", h.date().toString());
            holiday.put("name", h.name());
            return holiday;
        }).toList());
        Map<String, Object> extra = new LinkedHashMap<>();
        definition.workingDays().forEach((date, list) -> extra.put(date.toString(), list.stream().map(Object::toString).toList()));
        value.put("workingDays", extra);
        value.put("daysOff", definition.daysOff().stream().map(LocalDate::toString).toList());
        return value;
    }

    private static Map<String, Object> policyValue(SlaPolicy policy) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", policy.id().value());
        value.put("version", policy.version());
        value.put("effectiveFrom", policy.effectiveFrom().toString());
        value.put("name", policy.name());
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("partner", policy.scope().partner().map(PartnerId::value).orElse(null));
        scope.put("requestType", policy.scope().requestType().orElse(null));
        scope.put("priority", policy.scope().priority().orElse(null));
        value.put("scope", scope);
        Map<String, Object> goals = new LinkedHashMap<>();
        for (SlaGoal goal : policy.goals()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("target", BusinessDuration.format(goal.target()));
            g.put("calendar", goal.calendar().value());
            g.put("startOn", goal.startOn().stream().map(SlaJson::trigger).toList());
            g.put("restartOn", goal.restartOn().stream().map(SlaJson::trigger).toList());
            g.put("stopOn", goal.stopOn().stream().map(SlaJson::trigger).toList());
            goals.put(goal.kind().name(), g);
        }
        value.put("goals", goals);
        Map<String, Object> reasons = new LinkedHashMap<>();
        policy.pauseReasons().forEach(reason -> reasons.put(reason.code(), reason.name()));
        value.put("pauseReasons", reasons);
        Map<String, Object> pauses = new LinkedHashMap<>();
        policy.pauses().forEach(pause -> pauses.put(pause.status(), pause.reason().code()));
        value.put("pauses", pauses);
        value.put("thresholds", List.copyOf(policy.warningPercents()));
        return value;
    }

    private static String trigger(Trigger trigger) {
        return switch (trigger) {
            case Trigger.On on -> on.kind().name();
            case Trigger.EntersStatus enters -> "enters:" + enters.status();
            case Trigger.LeavesStatus leaves -> "leaves:" + leaves.status();
        };
    }

    // ---- reading ----

    /** An import document, or every refusal, each named by its JSON path. Nothing is checked against the store here. */
    public static Outcome<Document> read(String text) {
        JsonReader reader = new JsonReader();
        List<CalendarDefinition> calendars = new ArrayList<>();
        List<SlaPolicyDraft> policies = new ArrayList<>();
        reader.parse(text).flatMap(root -> reader.object(root, "", DOCUMENT)).ifPresent(document -> {
            Optional<String> format = reader.text(document, "format", "", true);
            if (format.isPresent() && !format.get().equals(FORMAT)) {
                reader.refuse("format", format.get(), FORMAT_KEY, FORMAT);
            }
            if (format.isEmpty() || format.get().equals(FORMAT)) {
                List<Object> c = reader.list(document.get("calendars"), "calendars");
                for (int i = 0; i < c.size(); i++) {
                    calendar(reader, c.get(i), "calendars[" + i + "]").ifPresent(calendars::add);
                }
                List<Object> p = reader.list(document.get("policies"), "policies");
                for (int i = 0; i < p.size(); i++) {
                    policy(reader, p.get(i), "policies[" + i + "]").ifPresent(input -> policies.add(input.draft()));
                }
            }
        });
        List<Refusal> refusals = reader.refusals();
        return refusals.isEmpty() ? Outcome.accepted(new Document(calendars, policies)) : Outcome.refused(refusals);
    }

    /** A stored calendar row; a row that does not read is a corrupted store. */
    public static CalendarDefinition storedCalendar(String text) {
        JsonReader reader = new JsonReader();
        Optional<CalendarDefinition> definition = reader.parse(text).flatMap(root -> calendar(reader, root, ""));
        if (!reader.refusals().isEmpty()) {
            throw new IllegalStateException("stored calendar does not read: " + reader.refusals());
        }
        return definition.orElseThrow();
    }

    /** A stored policy version; a row that does not read is a corrupted store. */
    public static SlaPolicy storedPolicy(String text) {
        JsonReader reader = new JsonReader();
        Optional<Object> root = reader.parse(text);
        Optional<PolicyInput> input = root.flatMap(value -> policy(reader, value, ""));
        Map<String, Object> object = root.flatMap(value -> reader.object(value, "", POLICY)).orElse(Map.of());
        Optional<Integer> version = reader.wholeNumber(object.get("version"), "version");
        Optional<String> effectiveFrom = reader.text(object, "effectiveFrom", "", true);
        if (!reader.refusals().isEmpty()) {
            throw new IllegalStateException("stored policy does not read: " + reader.refusals());
        }
        PolicyInput p = input.orElseThrow();
        Map<String, PauseReason> reasons = new LinkedHashMap<>();
        p.reasons().forEach((code, name) -> reasons.put(code, new PauseReason(code, name)));
        List<SlaGoal> goals = new ArrayList<>();
        p.goals().forEach((kind, g) -> goals.add(new SlaGoal(kind, g.target(), new CalendarName(g.calendar()),
                g.startOn(), g.restartOn(), g.stopOn())));
        List<PauseCondition> pauses = new ArrayList<>();
        p.pauses().forEach((status, code) -> pauses.add(new PauseCondition(status, reasons.get(code))));
        SlaScope scope = new SlaScope(p.partner().map(PartnerId::new), p.requestType(), p.priority());
        return new SlaPolicy(PolicyRef.of(p.id(), version.orElseThrow()), p.name(), scope,
                Instant.parse(effectiveFrom.orElseThrow()), goals, List.copyOf(reasons.values()), pauses,
                p.thresholds().stream().sorted().toList());
    }

    private static Optional<CalendarDefinition> calendar(JsonReader reader, Object value, String path) {
        Optional<Map<String, Object>> found = reader.object(value, path, CALENDAR);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> c = found.get();
        int before = reader.refusals().size();
        String name = reader.text(c, "name", path, true).orElse("");
        String zone = reader.text(c, "zone", path, true).orElse("");
        boolean allDay = reader.bool(c, "twentyFourSeven", path);
        Map<DayOfWeek, List<CalendarDefinition.Hours>> hours = new EnumMap<>(DayOfWeek.class);
        Object hoursValue = c.get("hours");
        if (hoursValue != null && hoursValue != Json.NULL) {
            reader.object(hoursValue, JsonReader.join(path, "hours"), null).ifPresent(week -> week.forEach((day, list) -> {
                String at = JsonReader.join(path, "hours." + day);
                try {
                    hours.put(DayOfWeek.valueOf(day), intervals(reader, list, at));
                } catch (IllegalArgumentException e) {
                    reader.refuse(at, day, WEEKDAY);
                }
            }));
        }
        String country = reader.text(c, "country", path, false).orElse("");
        int first = 0;
        int last = 0;
        Optional<String> years = reader.text(c, "years", path, false);
        if (years.isPresent()) {
            String[] range = years.get().strip().split("\\s*-\\s*");
            if (range.length <= 2 && range[0].matches("\\d{4}") && range[range.length - 1].matches("\\d{4}")) {
                first = Integer.parseInt(range[0]);
                last = Integer.parseInt(range[range.length - 1]);
            } else {
                reader.refuse(JsonReader.join(path, "years"), years.get(), CalendarRefusals.YEARS_RANGE,
                        Integer.toString(CalendarDefinition.MOST_YEARS));
            }
        } else if (!country.isEmpty()) {
            reader.refuse(JsonReader.join(path, "years"), "", CalendarRefusals.YEARS_RANGE,
                    Integer.toString(CalendarDefinition.MOST_YEARS));
        }
        List<Holiday> holidays = new ArrayList<>();
        List<Object> h = reader.list(c.get("holidays"), JsonReader.join(path, "holidays"));
        for (int i = 0; i < h.size(); i++) {
            String at = JsonReader.join(path, "holidays") + "[" + i + "]";
            reader.object(h.get(i), at, HOLIDAY).ifPresent(holiday -> {
                Optional<LocalDate> date = reader.text(holiday, "date", at, true).flatMap(d -> date(reader, d, at + ".date"));
                String holidayName = reader.text(holiday, "name", at, false).orElse("");
                date.ifPresent(d -> holidays.add(new Holiday(d, holidayName)));
            });
        }
        Map<LocalDate, List<CalendarDefinition.Hours>> workingDays = new LinkedHashMap<>();
        Object extra = c.get("workingDays");
        if (extra != null && extra != Json.NULL) {
            reader.object(extra, JsonReader.join(path, "workingDays"), null).ifPresent(days -> days.forEach((d, list) -> {
                String at = JsonReader.join(path, "workingDays." + d);
                date(reader, d, at).ifPresent(date -> workingDays.put(date, intervals(reader, list, at)));
            }));
        }
        Set<LocalDate> daysOff = new LinkedHashSet<>();
        List<Object> off = reader.list(c.get("daysOff"), JsonReader.join(path, "daysOff"));
        for (int i = 0; i < off.size(); i++) {
            String at = JsonReader.join(path, "daysOff") + "[" + i + "]";
            reader.text(off.get(i), at).flatMap(d -> date(reader, d, at)).ifPresent(daysOff::add);
        }
        if (reader.refusals().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CalendarDefinition(name, zone, allDay, hours, country, first, last, holidays,
                workingDays, daysOff));
    }

    private static List<CalendarDefinition.Hours> intervals(JsonReader reader, Object value, String path) {
        List<CalendarDefinition.Hours> list = new ArrayList<>();
        List<Object> items = reader.list(value, path);
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            reader.text(items.get(i), at).ifPresent(text -> {
                String[] parts = text.strip().split("\\s*-\\s*");
                LocalTime start = parts.length == 2 ? CalendarForm.time(parts[0]) : null;
                LocalTime end = parts.length == 2 ? CalendarForm.time(parts[1]) : null;
                if (start == null || end == null) {
                    reader.refuse(at, text, CalendarRefusals.HOURS_FORMAT);
                } else {
                    list.add(new CalendarDefinition.Hours(start, end));
                }
            });
        }
        return list;
    }

    private static Optional<LocalDate> date(JsonReader reader, String text, String path) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            reader.refuse(path, text, CalendarRefusals.DATE_LINE_FORMAT);
            return Optional.empty();
        }
    }

    private static Optional<PolicyInput> policy(JsonReader reader, Object value, String path) {
        Optional<Map<String, Object>> found = reader.object(value, path, POLICY);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> p = found.get();
        int before = reader.refusals().size();
        String id = reader.text(p, "id", path, true).orElse("");
        String name = reader.text(p, "name", path, true).orElse("");
        Optional<String> partner = Optional.empty();
        Optional<String> requestType = Optional.empty();
        Optional<String> priority = Optional.empty();
        Object scopeValue = p.get("scope");
        if (scopeValue != null && scopeValue != Json.NULL) {
            String at = JsonReader.join(path, "scope");
            Map<String, Object> scope = reader.object(scopeValue, at, SCOPE).orElse(Map.of());
            partner = reader.text(scope, "partner", at, false);
            requestType = reader.text(scope, "requestType", at, false);
            priority = reader.text(scope, "priority", at, false);
        }
        Map<GoalKind, GoalInput> goals = new LinkedHashMap<>();
        String goalsAt = JsonReader.join(path, "goals");
        reader.object(p.get("goals"), goalsAt, null).ifPresent(all -> all.forEach((kindName, goalValue) -> {
            String at = goalsAt + "." + kindName;
            GoalKind kind;
            try {
                kind = GoalKind.valueOf(kindName);
            } catch (IllegalArgumentException e) {
                reader.refuse(at, kindName, GOAL_KIND);
                return;
            }
            reader.object(goalValue, at, GOAL).ifPresent(goal -> {
                Optional<Duration> target = reader.text(goal, "target", at, true).flatMap(t -> {
                    Optional<Duration> parsed = BusinessDuration.parse(t);
                    if (parsed.isEmpty()) {
                        reader.refuse(at + ".target", t, SlaRefusals.DURATION_FORMAT);
                    }
                    return parsed;
                });
                String calendar = reader.text(goal, "calendar", at, true).orElse("");
                List<Trigger> startOn = triggers(reader, goal, "startOn", at, kind.defaultStart());
                List<Trigger> restartOn = triggers(reader, goal, "restartOn", at, kind.defaultRestart());
                List<Trigger> stopOn = triggers(reader, goal, "stopOn", at, kind.defaultStop());
                target.ifPresent(t -> goals.put(kind, new GoalInput(t, calendar, startOn, restartOn, stopOn)));
            });
        }));
        Map<String, String> reasons = new LinkedHashMap<>();
        Object reasonsValue = p.get("pauseReasons");
        if (reasonsValue != null && reasonsValue != Json.NULL) {
            String at = JsonReader.join(path, "pauseReasons");
            reader.object(reasonsValue, at, null).ifPresent(all -> all.forEach((code, reasonName) ->
                    reader.text(reasonName, at + "." + code).ifPresent(n -> reasons.put(code, n))));
        }
        Map<String, String> pauses = new LinkedHashMap<>();
        Object pausesValue = p.get("pauses");
        if (pausesValue != null && pausesValue != Json.NULL) {
            String at = JsonReader.join(path, "pauses");
            reader.object(pausesValue, at, null).ifPresent(all -> all.forEach((status, code) ->
                    reader.text(code, at + "." + status).ifPresent(c -> pauses.put(status, c))));
        }
        List<Integer> thresholds = new ArrayList<>();
        List<Object> t = reader.list(p.get("thresholds"), JsonReader.join(path, "thresholds"));
        for (int i = 0; i < t.size(); i++) {
            reader.wholeNumber(t.get(i), JsonReader.join(path, "thresholds") + "[" + i + "]").ifPresent(thresholds::add);
        }
        if (reader.refusals().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PolicyInput(id, name, partner, requestType, priority, goals, reasons, pauses, thresholds));
    }

    private static List<Trigger> triggers(JsonReader reader, Map<String, Object> goal, String key, String path,
            List<Trigger> usual) {
        if (!goal.containsKey(key)) {
            return usual;
        }
        String at = path + "." + key;
        List<Trigger> triggers = new ArrayList<>();
        List<Object> items = reader.list(goal.get(key), at);
        for (int i = 0; i < items.size(); i++) {
            String itemAt = at + "[" + i + "]";
            reader.text(items.get(i), itemAt).ifPresent(text -> {
                if (text.startsWith("enters:")) {
                    triggers.add(Trigger.entersStatus(text.substring("enters:".length())));
                } else if (text.startsWith("leaves:")) {
                    triggers.add(Trigger.leavesStatus(text.substring("leaves:".length())));
                } else {
                    try {
                        triggers.add(Trigger.on(EventKind.valueOf(text)));
                    } catch (IllegalArgumentException e) {
                        reader.refuse(itemAt, text, TRIGGER_FORMAT);
                    }
                }
            });
        }
        return triggers;
    }
}
