package io.paydesk.app.sla;

import io.paydesk.app.partner.PartnerDisplay;
import io.paydesk.app.platform.MomentText;
import io.paydesk.app.platform.RefusalText;
import io.paydesk.app.platform.Texts;
import io.paydesk.core.calendar.BusinessCalendar;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.request.RequestSnapshot;
import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.PauseReason;
import io.paydesk.core.sla.RequestSla;
import io.paydesk.core.sla.SlaSettings;
import io.paydesk.core.sla.SlaSubject;
import io.paydesk.core.sla.SlaTimer;
import io.paydesk.core.sla.ThresholdCrossing;
import io.paydesk.core.sla.TimerState;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the SLA panel: every SLA clock of the request with its state, what is used and left, when it falls
 * due in the viewer's zone and in the partner's, the calendar it counts on and why it stands still when it
 * does. Host-neutral: Jira's context provider and the sandbox render the same panel from the same code.
 */
@Named
public class SlaPanel {

    /** The pause reasons Paydesk ships; their names are translated, an administrator's own are shown as given. */
    private static final Set<String> SHIPPED_REASONS = Set.of(PauseReason.CUSTOMER_DOCUMENTS.code(),
            PauseReason.PARTNER_BANK.code(), PauseReason.SCHEME_OR_ACQUIRER.code(), PauseReason.MERCHANT.code());

    private final SlaClocks clocks;
    private final SlaSettings settings;
    private final PartnerDirectory partners;
    private final Clock clock;

    @Inject
    public SlaPanel(SlaClocks clocks, SlaSettings settings, PartnerDirectory partners) {
        this(clocks, settings, partners, Clock.systemUTC());
    }

    public SlaPanel(SlaClocks clocks, SlaSettings settings, PartnerDirectory partners, Clock clock) {
        this.clocks = clocks;
        this.settings = settings;
        this.partners = partners;
        this.clock = clock;
    }

    public SlaPanelView view(RequestSnapshot request, Locale viewerLocale, ZoneId viewerZone, Texts texts) {
        Instant now = clock.instant();
        Optional<PartnerBank> partner = request.partner().flatMap(partners::find);
        String partnerClock = partner.map(p -> texts.get("paydesk.panel.sla.partnerTime", p.name(),
                PartnerDisplay.localTime(now.atZone(p.zone()), viewerLocale) + " (" + p.zone().getId() + ")")).orElse("");
        Formats formats = new Formats(viewerLocale, viewerZone, texts);
        return switch (clocks.at(SlaSubject.of(request), now)) {
            case Outcome.Refused<RequestSla> refused -> new SlaPanelView(List.of(),
                    texts.get("paydesk.panel.sla.cannotCompute", RefusalText.of(refused.refusals().get(0), texts)), partnerClock, viewerZone.getId());
            case Outcome.Accepted<RequestSla> accepted -> {
                List<SlaClockRow> rows = rows(accepted.value(), now, formats);
                yield new SlaPanelView(rows, rows.isEmpty() ? texts.get("paydesk.panel.sla.none") : "",
                        partnerClock, viewerZone.getId());
            }
        };
    }

    private List<SlaClockRow> rows(RequestSla sla, Instant now, Formats formats) {
        List<SlaClockRow> rows = new ArrayList<>();
        for (GoalKind goal : GoalKind.values()) {
            sla.latest(goal).ifPresent(timer -> rows.add(row(timer, now, formats)));
        }
        return rows;
    }

    private SlaClockRow row(SlaTimer timer, Instant now, Formats f) {
        Optional<BusinessCalendar> calendar = settings.calendars().find(timer.calendar());
        ZoneId partnerZone = calendar.map(BusinessCalendar::zone).orElse(f.viewerZone);
        String state;
        String stateText;
        Instant due = null;
        String remaining = f.hours(timer.remaining());
        switch (timer.state()) {
            case TimerState.Running running -> {
                state = "running";
                stateText = f.texts.get("paydesk.panel.sla.state.running");
                due = running.dueAt();
            }
            case TimerState.Paused paused -> {
                state = "paused";
                stateText = f.texts.get("paydesk.panel.sla.state.paused", reason(paused.reason(), f.texts),
                        f.viewerTime(paused.since()));
            }
            case TimerState.Met met -> {
                state = "met";
                stateText = f.texts.get("paydesk.panel.sla.state.met", f.viewerTime(met.at()));
            }
            case TimerState.Breached breached -> {
                state = "breached";
                due = breached.at();
                remaining = f.texts.get("paydesk.panel.sla.overrun", f.hours(breached.overrun()));
                stateText = breached.pausedNow()
                        .map(p -> f.texts.get("paydesk.panel.sla.state.breachedPaused", reason(p.reason(), f.texts)))
                        .orElseGet(() -> f.texts.get("paydesk.panel.sla.state.breached"));
            }
        }
        String calendarText = calendar.map(c -> f.texts.get(c.isOpenAt(now)
                        ? "paydesk.panel.sla.calendar.open" : "paydesk.panel.sla.calendar.closed",
                        timer.calendar().value(), c.zone().getId(), f.partnerTime(c.nextOpening(now), c.zone())))
                .orElse(timer.calendar().value());
        String policy = settings.policies().version(timer.policy())
                .map(p -> f.texts.get("paydesk.panel.sla.policyVersion", p.name(), p.version()))
                .orElse(timer.policy().toString());
        return new SlaClockRow(
                timer.goal().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                f.texts.get(goalKey(timer.goal())),
                timer.cycle() > 1 ? f.texts.get("paydesk.panel.sla.cycle", timer.cycle()) : "",
                state,
                f.texts.get("paydesk.panel.sla.lozenge." + state),
                stateText,
                f.hours(timer.target()),
                f.hours(timer.elapsed()),
                remaining,
                due == null ? "" : f.viewerTime(due),
                due == null ? "" : f.partnerTime(due, partnerZone),
                calendarText,
                policy,
                timer.thresholdsCrossed().stream().map(ThresholdCrossing::percent)
                        .map(p -> f.texts.get("paydesk.panel.sla.threshold", p)).toList());
    }

    /** The i18n key of a goal's name. */
    public static String goalKey(GoalKind goal) {
        return switch (goal) {
            case FIRST_RESPONSE -> "paydesk.sla.goal.firstResponse";
            case RESOLUTION -> "paydesk.sla.goal.resolution";
            case PARTNER_UPDATE -> "paydesk.sla.goal.partnerUpdate";
        };
    }

    /** A shipped reason in the viewer's language; an administrator's own reason by the name it was given. */
    static String reason(PauseReason reason, Texts texts) {
        return SHIPPED_REASONS.contains(reason.code()) ? texts.get("paydesk.sla.pause." + reason.code()) : reason.name();
    }

    /** Times and business durations for one viewer. */
    private static final class Formats {
        final ZoneId viewerZone;
        final Texts texts;
        private final MomentText moments;

        Formats(Locale locale, ZoneId viewerZone, Texts texts) {
            this.viewerZone = viewerZone;
            this.texts = texts;
            this.moments = new MomentText(locale);
        }

        String viewerTime(Instant at) {
            return partnerTime(at, viewerZone);
        }

        String partnerTime(Instant at, ZoneId zone) {
            return moments.at(at, zone);
        }

        /** Business time as hours and minutes: a business day has no fixed length, so days would mislead. */
        String hours(Duration d) {
            Duration positive = d.isNegative() ? Duration.ZERO : d;
            return texts.get("paydesk.duration.hoursMinutes", positive.toHours(), positive.toMinutesPart());
        }
    }
}
