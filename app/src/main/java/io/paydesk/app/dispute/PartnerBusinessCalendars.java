package io.paydesk.app.dispute;

import io.paydesk.core.dispute.deadline.BusinessCalendars;
import io.paydesk.core.dispute.deadline.BusinessDayCalendar;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.sla.PartnerCalendar;
import io.paydesk.core.sla.SlaSettings;
import java.util.Objects;

/**
 * The partner banks' business days for dispute time limits, from the SLA settings: a partner's calendar is the
 * one its SLA contract counts on ({@link PartnerCalendar}), and its business days are the calendar's dates with
 * working hours (working weekdays, less holidays and days off, plus extra working days). A partner without a
 * calendar counts Monday to Friday. Read fresh from the settings for every time limit computed.
 */
public final class PartnerBusinessCalendars implements BusinessCalendars {

    private final SlaSettings settings;

    public PartnerBusinessCalendars(SlaSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public BusinessDayCalendar forPartner(PartnerId partner) {
        return PartnerCalendar.of(settings, partner)
                .map(found -> BusinessDayCalendar.partnerCalendar(found.name().value(), found.calendar()::isWorkingDay))
                .orElse(BusinessDayCalendar.mondayToFriday());
    }
}
