package io.paydesk.core.dispute.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Port: which dates are business days for a time limit counted in business days. The default knows only
 * weekends; a calendar with public holidays plugs in here later without this package depending on it.
 */
@FunctionalInterface
public interface BusinessDays {

    /** No calendar may go this long without a business day; a longer gap is a configuration bug. */
    int MAX_GAP_DAYS = 366;

    boolean isBusinessDay(LocalDate date);

    /** Monday to Friday are business days; no holidays. */
    static BusinessDays weekendsOff() {
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code days} business days after {@code start}, not counting {@code start} itself: two
     * business days after Friday is Tuesday with {@link #weekendsOff()}.
     */
    default LocalDate plusBusinessDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 1) {
            throw new IllegalArgumentException("count at least one business day: " + days);
        }
        LocalDate date = start;
        int counted = 0;
        int gap = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                counted++;
                gap = 0;
            } else if (++gap > MAX_GAP_DAYS) {
                throw new IllegalStateException("no business day in a year after " + date.minusDays(gap));
            }
        }
        return date;
    }
}
