package io.paydesk.core.dispute.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which dates are business days for a time limit counted in business days. The default knows only weekends;
 * a partner bank's calendar with its working weekdays and holidays comes through {@link BusinessCalendars},
 * named in a {@link BusinessDayCalendar}, without this package depending on the calendar package.
 */
@FunctionalInterface
public interface BusinessDays {

    /** No calendar may go longer than this without a business day; a longer gap means it has none to count. */
    int MAX_GAP_DAYS = 366;

    boolean isBusinessDay(LocalDate date);

    /** Monday to Friday are business days; no holidays. */
    static BusinessDays weekendsOff() {
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code days} business days after {@code start}, not counting {@code start} itself: two
     * business days after Friday is Tuesday with {@link #weekendsOff()}. Empty when more than
     * {@link #MAX_GAP_DAYS} days in a row on the way are not business days (a calendar with no working day
     * at all): such a calendar cannot count a time limit, and the caller says so.
     */
    default Optional<LocalDate> plusBusinessDays(LocalDate start, int days) {
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
                return Optional.empty();
            }
        }
        return Optional.of(date);
    }
}
