package io.paydesk.app.request;

import io.paydesk.app.partner.PartnerDisplay;
import io.paydesk.app.platform.Texts;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerClock;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.request.RequestSnapshot;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the request-context panel: who the partner bank is and what time it is there. Host-neutral:
 * it takes a domain snapshot, so Jira and the sandbox render the same panel from the same code.
 */
@Named
public class RequestContextPanel {

    private final PartnerDirectory partners;
    private final Clock clock;
    private final PartnerClock partnerClock;

    @Inject
    public RequestContextPanel(PartnerDirectory partners) {
        this(partners, Clock.systemUTC());
    }

    public RequestContextPanel(PartnerDirectory partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
        this.partnerClock = new PartnerClock(clock);
    }

    public RequestContextView view(RequestSnapshot request, Locale viewerLocale, Texts texts) {
        Optional<PartnerBank> partner = request.partner().flatMap(partners::find);
        String openFor = duration(Duration.between(request.created(), clock.instant()), texts);
        if (partner.isEmpty()) {
            return new RequestContextView(false, "", "", "", "", "", false, "", openFor, request.reporterName());
        }
        PartnerBank bank = partner.get();
        ZonedDateTime now = partnerClock.now(bank);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(viewerLocale);
        return new RequestContextView(
                true,
                bank.name(),
                PartnerDisplay.country(bank, viewerLocale),
                bank.zone().getId(),
                PartnerDisplay.localTime(now, viewerLocale),
                "UTC" + (now.getOffset().getTotalSeconds() == 0 ? "" : now.getOffset().getId()),
                partnerClock.isWeekendNow(bank),
                partnerClock.at(bank, request.created()).format(dateTime) + " "
                        + bank.zone().getDisplayName(TextStyle.SHORT, viewerLocale),
                openFor,
                request.reporterName());
    }

    private static String duration(Duration elapsed, Texts texts) {
        Duration positive = elapsed.isNegative() ? Duration.ZERO : elapsed;
        long days = positive.toDays();
        long hours = positive.toHoursPart();
        long minutes = positive.toMinutesPart();
        if (days > 0) {
            return texts.get("paydesk.duration.daysHours", days, hours);
        }
        return texts.get("paydesk.duration.hoursMinutes", hours, minutes);
    }
}
