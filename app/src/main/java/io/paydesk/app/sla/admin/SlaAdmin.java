package io.paydesk.app.sla.admin;

import io.paydesk.app.partner.Choice;
import io.paydesk.app.partner.FieldView;
import io.paydesk.app.platform.RefusalText;
import io.paydesk.app.platform.Texts;
import io.paydesk.app.sla.SlaJson;
import io.paydesk.app.sla.SlaPanel;
import io.paydesk.app.sla.SlaRecompute;
import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.calendar.CalendarDefinition;
import io.paydesk.core.calendar.CalendarForm;
import io.paydesk.core.calendar.HolidaySource;
import io.paydesk.core.calendar.TableHolidaySource;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.sla.BusinessDuration;
import io.paydesk.core.sla.EventHistory;
import io.paydesk.core.sla.RequestEvent;
import io.paydesk.core.sla.RequestSla;
import io.paydesk.core.sla.SlaCalendars;
import io.paydesk.core.sla.SlaChange;
import io.paydesk.core.sla.SlaConfiguration;
import io.paydesk.core.sla.SlaGoal;
import io.paydesk.core.sla.SlaPolicy;
import io.paydesk.core.sla.SlaPolicyDraft;
import io.paydesk.core.sla.SlaPolicyForm;
import io.paydesk.core.sla.SlaPolicyId;
import io.paydesk.core.sla.SlaSettingsStore;
import io.paydesk.core.sla.SlaTimer;
import io.paydesk.core.sla.SlaTimers;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SLA administration, host-neutral: Jira's servlet and the sandbox both call it after their own permission
 * and XSRF checks. Calendars are saved by name; a policy is published as its next version (or nothing when
 * unchanged); an import is checked whole and changes nothing when anything is wrong; export writes the
 * {@code paydesk-sla/1} document. A bad form changes nothing and comes back with an error under each field.
 */
@Named
public class SlaAdmin {

    /**
     * The posted field that says what a POST does: {@code calendar}, {@code policy}, {@code preview}, {@code import}
     * or {@code recompute}.
     */
    public static final String ACTION = "action";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");

    private final SlaSettingsStore store;
    private final PartnerDirectory partners;
    private final SlaRecompute recompute;
    private final HolidaySource holidays;
    private final Clock clock;

    @Inject
    public SlaAdmin(SlaSettingsStore store, PartnerDirectory partners, SlaRecompute recompute) {
        this(store, partners, recompute, new TableHolidaySource(), Clock.systemUTC());
    }

    public SlaAdmin(SlaSettingsStore store, PartnerDirectory partners, SlaRecompute recompute, HolidaySource holidays,
                    Clock clock) {
        this.store = store;
        this.partners = partners;
        this.recompute = recompute;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** What a POST leads to: a redirect to the page with this query (after a change), or the page again with this status. */
    public record Reply(int status, String redirectQuery, SlaAdminView view) {

        public boolean redirects() {
            return !redirectQuery.isEmpty();
        }
    }

    /** The viewer's language, time zone and texts. */
    public record Viewer(Locale locale, ZoneId zone, Texts texts) {
    }

    /** The page for a GET: {@code editCalendar}/{@code editPolicy} fill a form, the notice parameters say what was just done. */
    public SlaAdminView page(Function<String, String> parameter, Viewer viewer) {
        SlaConfiguration configuration = store.configuration();
        CalendarForm calendar = Optional.ofNullable(parameter.apply("editCalendar")).flatMap(configuration::calendar)
                .map(CalendarForm::of).orElse(CalendarForm.blank());
        SlaPolicyForm policy = Optional.ofNullable(parameter.apply("editPolicy")).filter(SlaPolicyId::isValid)
                .flatMap(id -> configuration.book().current(new SlaPolicyId(id))).map(SlaPolicyForm::of)
                .orElse(SlaPolicyForm.blank());
        return view(configuration, calendar, List.of(), policy, List.of(), List.of(), notice(parameter, viewer.texts()), "",
                List.of(), viewer);
    }

    /** Handles a POST whose sender the host has already checked (administrator, XSRF token). */
    public Reply post(Function<String, String> parameter, Viewer viewer) {
        SlaConfiguration configuration = store.configuration();
        String action = Optional.ofNullable(parameter.apply(ACTION)).orElse("");
        return switch (action) {
            case "calendar" -> saveCalendar(configuration, CalendarForm.read(parameter), viewer);
            case "policy", "preview" -> policy(configuration, SlaPolicyForm.read(parameter), action.equals("preview"), viewer);
            case "import" -> importDocument(configuration, Optional.ofNullable(parameter.apply("document")).orElse(""), viewer);
            case "recompute" -> new Reply(303, "recomputed=" + recompute.all(), null);
            default -> new Reply(400, "", view(configuration, CalendarForm.blank(), List.of(), SlaPolicyForm.blank(),
                    List.of(), List.of(), "", "", List.of(), viewer));
        };
    }

    /**
     * Stores the change; what another administrator stored meanwhile (a policy version, a calendar's name) when
     * that made the store refuse it, in which case nothing was stored.
     */
    private Optional<String> stored(SlaChange change) {
        try {
            store.apply(change);
            return Optional.empty();
        } catch (SlaSettingsStore.ChangedMeanwhile meanwhile) {
            return Optional.of(meanwhile.taken());
        }
    }

    /** Every calendar and the current version of every policy, as a {@code paydesk-sla/1} document. */
    public String export() {
        return SlaJson.export(store.configuration());
    }

    private Reply saveCalendar(SlaConfiguration configuration, CalendarForm form, Viewer viewer) {
        Outcome<SlaChange> outcome = switch (form.check(holidays)) {
            case Outcome.Accepted<CalendarDefinition> definition -> configuration.saveCalendar(definition.value(), holidays);
            case Outcome.Refused<CalendarDefinition> refused -> Outcome.refused(refused.refusals());
        };
        return switch (outcome) {
            case Outcome.Accepted<SlaChange> change -> {
                Optional<String> taken = stored(change.value());
                if (taken.isPresent()) {
                    yield new Reply(409, "", view(store.configuration(), form, List.of(new Refusal("name", "",
                            "paydesk.admin.sla.calendarChangedMeanwhile", List.of(taken.get()))),
                            SlaPolicyForm.blank(), List.of(), List.of(), "", "", List.of(), viewer));
                }
                yield new Reply(303, change.value().isEmpty() ? "unchanged=1"
                        : "calendarSaved=" + encode(form.name()) + "&recomputed=" + recompute.all(), null);
            }
            case Outcome.Refused<SlaChange> refused -> new Reply(400, "", view(configuration, form,
                    refused.refusals().stream().map(r -> rename(r, CalendarForm.fieldOf(r.field()))).toList(),
                    SlaPolicyForm.blank(), List.of(), List.of(), "", "", List.of(), viewer));
        };
    }

    private Reply policy(SlaConfiguration configuration, SlaPolicyForm form, boolean previewOnly, Viewer viewer) {
        Optional<SlaPolicy> current = SlaPolicyId.isValid(form.id())
                ? configuration.book().current(new SlaPolicyId(form.id())) : Optional.empty();
        Outcome<SlaChange> outcome = switch (form.draft(current)) {
            case Outcome.Accepted<SlaPolicyDraft> draft -> configuration.publish(draft.value(), clock);
            case Outcome.Refused<SlaPolicyDraft> refused -> Outcome.refused(refused.refusals());
        };
        if (outcome instanceof Outcome.Refused<SlaChange> refused) {
            return new Reply(400, "", view(configuration, CalendarForm.blank(), List.of(), form,
                    refused.refusals().stream().map(r -> rename(r, SlaPolicyForm.fieldOf(r.field()))).toList(),
                    List.of(), "", "", List.of(), viewer));
        }
        SlaChange change = outcome.orElseThrow();
        if (previewOnly) {
            SlaPolicy policy = change.versions().isEmpty() ? current.orElseThrow() : change.versions().get(0);
            return new Reply(200, "", view(configuration, CalendarForm.blank(), List.of(), form, List.of(),
                    preview(policy, configuration.calendars(holidays), viewer), "", "", List.of(), viewer));
        }
        Optional<String> taken = stored(change);
        if (taken.isPresent()) {
            return new Reply(409, "", view(store.configuration(), CalendarForm.blank(), List.of(), form,
                    List.of(new Refusal("", "", "paydesk.admin.sla.policyChangedMeanwhile", List.of(taken.get()))),
                    List.of(), "", "", List.of(), viewer));
        }
        return new Reply(303, change.isEmpty() ? "unchanged=1"
                : "published=" + encode(form.id()) + "&version=" + change.versions().get(0).version(), null);
    }

    private Reply importDocument(SlaConfiguration configuration, String document, Viewer viewer) {
        Outcome<SlaChange> outcome = switch (SlaJson.read(document)) {
            case Outcome.Accepted<SlaJson.Document> read ->
                    configuration.importing(read.value().calendars(), read.value().policies(), holidays, clock);
            case Outcome.Refused<SlaJson.Document> refused -> Outcome.refused(refused.refusals());
        };
        return switch (outcome) {
            case Outcome.Accepted<SlaChange> change -> {
                Optional<String> taken = stored(change.value());
                if (taken.isPresent()) {
                    yield new Reply(409, "", view(store.configuration(), CalendarForm.blank(), List.of(),
                            SlaPolicyForm.blank(), List.of(), List.of(), "", document,
                            List.of(viewer.texts().get("paydesk.admin.sla.importChangedMeanwhile", taken.get())), viewer));
                }
                String recomputed = change.value().calendars().isEmpty() ? "" : "&recomputed=" + recompute.all();
                yield new Reply(303, "imported=" + change.value().calendars().size() + "&versions="
                        + change.value().versions().size() + recomputed, null);
            }
            case Outcome.Refused<SlaChange> refused -> new Reply(400, "", view(configuration, CalendarForm.blank(),
                    List.of(), SlaPolicyForm.blank(), List.of(), List.of(), "", document,
                    refused.refusals().stream().map(r -> located(r, viewer.texts())).toList(), viewer));
        };
    }

    /** "If a request were created now", the due moment of each goal that starts on creation, in the calendar's zone and the viewer's. */
    List<String> preview(SlaPolicy policy, SlaCalendars calendars, Viewer viewer) {
        Instant now = clock.instant();
        List<String> lines = new ArrayList<>();
        EventHistory history = EventHistory.of("PREVIEW-1", List.of(RequestEvent.of("preview-created", "PREVIEW-1", now,
                new RequestEvent.Change.Created("", policy.scope().priority().orElse(""))))).orElseThrow();
        if (!(SlaTimers.evaluate(policy, calendars, history, now) instanceof Outcome.Accepted<RequestSla> sla)) {
            return List.of(viewer.texts().get("paydesk.admin.sla.previewNoCalendar"));
        }
        lines.add(viewer.texts().get("paydesk.admin.sla.previewIntro", when(now, viewer.zone(), viewer.locale())));
        for (SlaTimer timer : sla.value().timers()) {
            Optional<Instant> due = timer.breachAt();
            Optional<BusinessCalendar> calendar = calendars.find(timer.calendar());
            if (due.isPresent() && calendar.isPresent()) {
                lines.add(viewer.texts().get("paydesk.admin.sla.previewDue",
                        viewer.texts().get(SlaPanel.goalKey(timer.goal())),
                        when(due.get(), calendar.get().zone(), viewer.locale()),
                        when(due.get(), viewer.zone(), viewer.locale())));
            }
        }
        if (lines.size() == 1) {
            lines.add(viewer.texts().get("paydesk.admin.sla.previewNone"));
        }
        return lines;
    }

    private SlaAdminView view(SlaConfiguration configuration, CalendarForm calendarForm, List<Refusal> calendarRefusals,
                              SlaPolicyForm policyForm, List<Refusal> policyRefusals, List<String> preview,
                              String notice, String importText, List<String> importErrors, Viewer viewer) {
        Texts texts = viewer.texts();
        SlaCalendars built = configuration.calendars(holidays);
        List<CalendarRow> calendars = configuration.calendarDefinitions().stream()
                .map(definition -> calendarRow(definition, viewer)).toList();
        List<PolicyRow> policies = configuration.book().currentPolicies().stream().map(policy -> new PolicyRow(
                policy.id().value(), policy.name(), policy.version(),
                when(policy.effectiveFrom(), viewer.zone(), viewer.locale()), scope(policy, texts), goals(policy, texts),
                policy.pauses().stream().map(p -> p.status() + " (" + p.reason().name() + ")").collect(Collectors.joining("; ")),
                policy.warningPercents().stream().map(p -> p + " %").collect(Collectors.joining(", ")),
                preview(policy, built, viewer),
                configuration.book().versions(policy.id()).reversed().stream().skip(1)
                        .map(v -> texts.get("paydesk.admin.sla.versionLine", Integer.toString(v.version()),
                                when(v.effectiveFrom(), viewer.zone(), viewer.locale()), String.join("; ", goals(v, texts))))
                        .toList())).toList();
        Map<String, String> calendarErrors = errors(calendarRefusals, texts);
        Map<String, String> policyErrors = errors(policyRefusals, texts);
        List<DayField> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = "hours." + day;
            days.add(new DayField(name, day.getDisplayName(TextStyle.FULL_STANDALONE, viewer.locale()),
                    field(calendarForm.hours().get(day), calendarErrors.get(name))));
        }
        CalendarFormView calendarView = new CalendarFormView(field(calendarForm.name(), calendarErrors.get("name")),
                field(calendarForm.zone(), calendarErrors.get("zone")), calendarForm.isTwentyFourSeven(),
                field("", calendarErrors.get("hours")), days, field(calendarForm.country(), calendarErrors.get("country")),
                field(calendarForm.years(), calendarErrors.get("years")),
                field(calendarForm.holidays(), calendarErrors.get("holidays")),
                field(calendarForm.workingDays(), calendarErrors.get("workingDays")),
                field(calendarForm.daysOff(), calendarErrors.get("daysOff")));
        List<String> general = new ArrayList<>();
        policyErrors.forEach((field, text) -> {
            if (!SlaPolicyForm.FIELDS.contains(field)) {
                general.add(text);
            }
        });
        PolicyFormView policyView = new PolicyFormView(field(policyForm.id(), policyErrors.get("id")),
                field(policyForm.name(), policyErrors.get("name")), field(policyForm.partner(), policyErrors.get("partner")),
                field(policyForm.requestType(), policyErrors.get("requestType")),
                field(policyForm.priority(), policyErrors.get("priority")),
                field(policyForm.firstResponse(), policyErrors.get("firstResponse")),
                field(policyForm.resolution(), policyErrors.get("resolution")),
                field(policyForm.partnerUpdate(), policyErrors.get("partnerUpdate")),
                field(policyForm.calendar(), policyErrors.get("calendar")),
                field(policyForm.pauses(), policyErrors.get("pauses")),
                field(policyForm.thresholds(), policyErrors.get("thresholds")), general);
        List<Choice> calendarChoices = configuration.calendarDefinitions().stream()
                .map(d -> new Choice(d.name(), d.name() + " (" + d.zone() + ")")).toList();
        List<Choice> partnerChoices = new ArrayList<>();
        partnerChoices.add(new Choice("", texts.get("paydesk.admin.sla.any")));
        partners.all().forEach(p -> partnerChoices.add(new Choice(p.id().value(), p.name() + " (" + p.id().value() + ")")));
        if (!policyForm.partner().isEmpty() && partnerChoices.stream().noneMatch(c -> c.value().equals(policyForm.partner()))) {
            partnerChoices.add(new Choice(policyForm.partner(), policyForm.partner()));
        }
        return new SlaAdminView(calendars, policies, calendarView, policyView, calendarChoices, partnerChoices, preview,
                notice, importText, importErrors);
    }

    private CalendarRow calendarRow(CalendarDefinition definition, Viewer viewer) {
        Texts texts = viewer.texts();
        String hours = definition.twentyFourSeven() ? texts.get("paydesk.admin.sla.twentyFourSeven")
                : definition.hours().entrySet().stream()
                        .map(e -> e.getKey().getDisplayName(TextStyle.SHORT_STANDALONE, viewer.locale()) + " "
                                + e.getValue().stream().map(Object::toString).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "));
        List<String> holidayParts = new ArrayList<>();
        if (definition.hasCountry()) {
            holidayParts.add(texts.get("paydesk.admin.sla.nationalHolidays", definition.country(),
                    Integer.toString(definition.firstYear()), Integer.toString(definition.lastYear())));
        }
        if (!definition.holidays().isEmpty()) {
            holidayParts.add(texts.get("paydesk.admin.sla.customHolidays", Integer.toString(definition.holidays().size())));
        }
        String overrides = definition.workingDays().isEmpty() && definition.daysOff().isEmpty() ? ""
                : texts.get("paydesk.admin.sla.overrides", Integer.toString(definition.workingDays().size()),
                        Integer.toString(definition.daysOff().size()));
        return new CalendarRow(definition.name(), definition.zone(), hours, String.join("; ", holidayParts), overrides);
    }

    private static String scope(SlaPolicy policy, Texts texts) {
        String any = texts.get("paydesk.admin.sla.any");
        return texts.get("paydesk.admin.sla.scope", policy.scope().partner().map(PartnerId::value).orElse(any),
                policy.scope().requestType().orElse(any), policy.scope().priority().orElse(any));
    }

    private static List<String> goals(SlaPolicy policy, Texts texts) {
        List<String> goals = new ArrayList<>();
        for (SlaGoal goal : policy.goals()) {
            goals.add(texts.get("paydesk.admin.sla.goalOn", texts.get(SlaPanel.goalKey(goal.kind())),
                    BusinessDuration.format(goal.target()), goal.calendar().value()));
        }
        return goals;
    }

    private String notice(Function<String, String> parameter, Texts texts) {
        String recomputed = Optional.ofNullable(parameter.apply("recomputed"))
                .map(count -> " " + texts.get("paydesk.admin.sla.recomputed", count)).orElse("");
        return (saved(parameter, texts) + recomputed).strip();
    }

    private String saved(Function<String, String> parameter, Texts texts) {
        if (parameter.apply("calendarSaved") != null) {
            return texts.get("paydesk.admin.sla.calendarSaved", parameter.apply("calendarSaved"));
        }
        if (parameter.apply("published") != null) {
            return texts.get("paydesk.admin.sla.policyPublished", parameter.apply("published"),
                    Optional.ofNullable(parameter.apply("version")).orElse(""));
        }
        if (parameter.apply("imported") != null) {
            return texts.get("paydesk.admin.sla.imported", parameter.apply("imported"),
                    Optional.ofNullable(parameter.apply("versions")).orElse("0"));
        }
        if (parameter.apply("unchanged") != null) {
            return texts.get("paydesk.admin.sla.unchanged");
        }
        return "";
    }

    /** An import refusal as one line: where (its JSON path), why, and the value found there. */
    private static String located(Refusal refusal, Texts texts) {
        String where = refusal.field().isEmpty() ? texts.get("paydesk.admin.sla.document") : refusal.field();
        String why = RefusalText.of(refusal, texts);
        return refusal.rejectedValue().isEmpty() ? texts.get("paydesk.admin.sla.errorAt", where, why)
                : texts.get("paydesk.admin.sla.errorAtValue", where, why, refusal.rejectedValue());
    }

    private static Map<String, String> errors(List<Refusal> refusals, Texts texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Refusal refusal : refusals) {
            String text = RefusalText.of(refusal, texts);
            if (!refusal.rejectedValue().isEmpty()) {
                text = texts.get("paydesk.admin.sla.errorValue", text, refusal.rejectedValue());
            }
            errors.merge(refusal.field(), text, (a, b) -> a.equals(b) ? a : a + " " + b);
        }
        return errors;
    }

    private static Refusal rename(Refusal refusal, String field) {
        return new Refusal(field, refusal.rejectedValue(), refusal.reasonKey(), refusal.arguments());
    }

    private static FieldView field(String value, String error) {
        return new FieldView(value, error == null ? "" : error);
    }

    private static String when(Instant instant, ZoneId zone, Locale locale) {
        return instant.atZone(zone).format(WHEN.withLocale(locale)) + " " + zone.getId();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
