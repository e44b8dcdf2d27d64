package io.paydesk.core.dispute.deadline;

import io.paydesk.core.partner.PartnerId;

/**
 * Port: the business days a partner bank's dispute time limits count, as its calendar says (working weekdays
 * and holidays), or {@link BusinessDayCalendar#mondayToFriday()} when the partner has no calendar set. Read
 * when a time limit is computed; a calendar changed later never moves a time limit already computed.
 */
@FunctionalInterface
public interface BusinessCalendars {

    BusinessDayCalendar forPartner(PartnerId partner);

    /** Every partner counts Monday to Friday: for hosts and tests without partner calendars. */
    static BusinessCalendars mondayToFriday() {
        return partner -> BusinessDayCalendar.mondayToFriday();
    }
}
