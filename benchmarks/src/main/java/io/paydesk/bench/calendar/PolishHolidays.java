package io.paydesk.bench.calendar;

import io.paydesk.core.calendar.Holiday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Poland's statutory public holidays (the 3-year list the benchmark calendar carries). */
final class PolishHolidays {

    private PolishHolidays() {
    }

    static List<Holiday> of(int firstYear, int lastYear) {
        List<Holiday> holidays = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate easter = easterSunday(year);
            holidays.add(new Holiday(LocalDate.of(year, 1, 1), "Nowy Rok"));
            holidays.add(new Holiday(LocalDate.of(year, 1, 6), "Trzech Króli"));
            holidays.add(new Holiday(easter, "Wielkanoc"));
            holidays.add(new Holiday(easter.plusDays(1), "Poniedziałek Wielkanocny"));
            holidays.add(new Holiday(LocalDate.of(year, 5, 1), "Święto Pracy"));
            holidays.add(new Holiday(LocalDate.of(year, 5, 3), "Święto Konstytucji 3 Maja"));
            holidays.add(new Holiday(easter.plusDays(49), "Zielone Świątki"));
            holidays.add(new Holiday(easter.plusDays(60), "Boże Ciało"));
            holidays.add(new Holiday(LocalDate.of(year, 8, 15), "Wniebowzięcie NMP"));
            holidays.add(new Holiday(LocalDate.of(year, 11, 1), "Wszystkich Świętych"));
            holidays.add(new Holiday(LocalDate.of(year, 11, 11), "Narodowe Święto Niepodległości"));
            if (year >= 2025) {
                holidays.add(new Holiday(LocalDate.of(year, 12, 24), "Wigilia"));
            }
            holidays.add(new Holiday(LocalDate.of(year, 12, 25), "Boże Narodzenie"));
            holidays.add(new Holiday(LocalDate.of(year, 12, 26), "Drugi dzień Bożego Narodzenia"));
        }
        return List.copyOf(holidays);
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
