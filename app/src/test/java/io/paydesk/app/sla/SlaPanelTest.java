package io.paydesk.app.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.platform.Texts;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.request.RequestSnapshot;
import io.paydesk.core.sla.IssueObservation;
import io.paydesk.core.sla.SlaSettings;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The SLA panel for Bank Wiślany's request raised on Friday 27 November 2026 at 16:50 in Warsaw: four
 * business hours to the first response on 09:00–17:00 Warsaw hours means ten minutes on Friday and the rest
 * on Monday, so it falls due on Monday 30 November at 12:50 Warsaw time, 11:50 in London.
 */
class SlaPanelTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant RAISED = Instant.parse("2026-11-27T15:50:00Z");
    private static final PartnerBank WISLANY = new PartnerBank(new PartnerId("3"), "Bank Wiślany", "PL", WARSAW,
            Locale.of("pl"));

    private final SlaTestFixtures.EventLog log = new SlaTestFixtures.EventLog();

    private static Texts texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("io.paydesk.app.i18n.paydesk", locale);
        return (key, args) -> new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private void observe(String id, Instant at, IssueObservation.Kind kind, String status) {
        log.observe("PAY-41", RAISED, id, at, kind, status);
    }

    private SlaPanelView panelAt(String instant, String partner, Locale locale) {
        SlaSettings settings = SlaTestFixtures.wislany();
        PartnerDirectory partners = new PartnerDirectory() {
            @Override
            public Optional<PartnerBank> find(PartnerId id) {
                return id.equals(WISLANY.id()) ? Optional.of(WISLANY) : Optional.empty();
            }

            @Override
            public List<PartnerBank> all() {
                return List.of(WISLANY);
            }

            @Override
            public void save(PartnerBank partner) {
                throw new AssertionError("the panel never saves a partner");
            }
        };
        SlaPanel panel = new SlaPanel(new SlaClocks(log, settings), settings, partners,
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
        RequestSnapshot request = new RequestSnapshot("PAY-41", "Charged twice at Żabka", "Payment dispute",
                "Waiting for support", RAISED, "Katarzyna Zielińska", Optional.of(new PartnerId(partner)));
        return panel.view(request, locale, LONDON, texts(locale));
    }

    @Test
    void aRequestRaisedOnFridayEveningFallsDueOnMondayInBothZones() {
        observe("created", RAISED, IssueObservation.Kind.CREATED, "Waiting for support");

        SlaPanelView view = panelAt("2026-11-27T16:30:00Z", "3", Locale.ENGLISH);

        assertThat(view.hasProblem()).isFalse();
        assertThat(view.partnerClock()).isEqualTo("Now at Bank Wiślany: Fri 17:30 (Europe/Warsaw)");
        assertThat(view.clocks()).extracting(SlaClockRow::goal).containsExactly("First response", "Resolution");
        assertThat(view.clocks()).extracting(SlaClockRow::id).containsExactly("first-response", "resolution");
        SlaClockRow first = view.clocks().get(0);
        assertThat(first.state()).isEqualTo("running");
        assertThat(first.stateLabel()).isEqualTo("Running");
        assertThat(first.dueViewer()).startsWith("Mon, Nov 30, 2026, 11:50").endsWith("(Europe/London)");
        assertThat(first.duePartner()).startsWith("Mon, Nov 30, 2026, 12:50").endsWith("(Europe/Warsaw)");
        assertThat(first.elapsed()).isEqualTo("0 h 10 min");
        assertThat(first.remaining()).isEqualTo("3 h 50 min");
        assertThat(first.target()).isEqualTo("4 h 0 min");
        assertThat(first.calendar()).startsWith("pl-warsaw (Europe/Warsaw), closed now; opens Mon, Nov 30, 2026, 9:00");
        assertThat(first.policy()).isEqualTo("Bank Wiślany standard, version 1");
        assertThat(view.clocks().get(1).duePartner()).startsWith("Tue, Dec 1, 2026, 4:50");
    }

    @Test
    void waitingForTheCustomerPausesEveryClockWithTheReasonInTheViewersLanguage() {
        observe("created", RAISED, IssueObservation.Kind.CREATED, "Waiting for support");
        observe("waiting", Instant.parse("2026-11-30T09:00:00Z"), IssueObservation.Kind.UPDATED, "Waiting for customer");

        SlaPanelView english = panelAt("2026-11-30T12:00:00Z", "3", Locale.ENGLISH);
        SlaPanelView polish = panelAt("2026-11-30T12:00:00Z", "3", Locale.of("pl"));

        SlaClockRow first = english.clocks().get(0);
        assertThat(first.state()).isEqualTo("paused");
        assertThat(first.stateText()).isEqualTo(
                "Paused since Mon, Nov 30, 2026, 9:00\u202fAM (Europe/London): Waiting for customer documents");
        assertThat(first.hasDue()).isFalse();
        assertThat(first.elapsed()).isEqualTo("1 h 10 min");
        assertThat(first.remaining()).isEqualTo("2 h 50 min");
        assertThat(polish.clocks().get(0).stateLabel()).isEqualTo("Wstrzymany");
        assertThat(polish.clocks().get(0).stateText()).endsWith("Oczekiwanie na dokumenty klienta");
    }

    @Test
    void aMissedGoalShowsWhenItWasDueAndByHowMuchItIsOver() {
        observe("created", RAISED, IssueObservation.Kind.CREATED, "Waiting for support");

        SlaClockRow first = panelAt("2026-11-30T14:00:00Z", "3", Locale.ENGLISH).clocks().get(0);

        assertThat(first.state()).isEqualTo("breached");
        assertThat(first.dueViewer()).startsWith("Mon, Nov 30, 2026, 11:50");
        assertThat(first.remaining()).isEqualTo("over by 2 h 10 min");
        assertThat(first.thresholds()).containsExactly("50 %", "75 %", "90 %");
    }

    @Test
    void aRequestNoPolicyCoversSaysSoAndHowToFixIt() {
        observe("created", RAISED, IssueObservation.Kind.CREATED, "Waiting for support");

        SlaPanelView view = panelAt("2026-11-27T16:30:00Z", "4", Locale.ENGLISH);

        assertThat(view.clocks()).isEmpty();
        assertThat(view.partnerKnown()).isFalse();
        assertThat(view.problem()).startsWith("No SLA policy applies to this request.");
    }
}
