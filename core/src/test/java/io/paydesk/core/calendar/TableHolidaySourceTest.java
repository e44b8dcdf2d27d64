package io.paydesk.core.calendar;

import static io.paydesk.core.calendar.CalendarFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TableHolidaySourceTest {

    private final TableHolidaySource source = new TableHolidaySource();

    private List<Holiday> holidays(String country, int year) {
        return source.holidays(country, year).orElseThrow();
    }

    private static List<Refusal> refusalsOf(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).refusals();
    }

    private static Holiday holiday(int year, int month, int day, String name) {
        return new Holiday(LocalDate.of(year, month, day), name);
    }

    @Test
    void polandHasIndependenceDayEasterMondayAndSinceTwentyTwentyFiveChristmasEve() {
        assertThat(holidays("PL", 2026)).contains(
                holiday(2026, 11, 11, "Independence Day"),
                holiday(2026, 4, 6, "Easter Monday"),
                holiday(2026, 12, 24, "Christmas Eve"));
        assertThat(holidays("PL", 2024)).extracting(Holiday::date).doesNotContain(LocalDate.of(2024, 12, 24));
        // The same days as the hand-counted list of the calendar's golden tests (which has Polish names).
        assertThat(holidays("PL", 2026)).extracting(Holiday::date)
                .containsExactlyElementsOf(CalendarFixtures.POLAND_2026.stream().map(Holiday::date).toList());
    }

    @Test
    void uzbekistanHasNavruzIndependenceDayAndTheDecreedHayitDays() {
        assertThat(holidays("UZ", 2026)).contains(
                holiday(2026, 3, 21, "Navruz"),
                holiday(2026, 9, 1, "Independence Day"),
                holiday(2026, 12, 8, "Constitution Day"));
        // Decreed for 2025: Ramazon Hayit on Sunday 30 March, Qurbon Hayit on Friday 6 June.
        assertThat(holidays("UZ", 2025)).contains(
                holiday(2025, 3, 30, "Ramazon Hayit (Eid al-Fitr)"),
                holiday(2025, 6, 6, "Qurbon Hayit (Eid al-Adha)"));
        assertThat(holidays("UZ", 2027)).hasSize(9);
    }

    @Test
    void ukraineMovesAWeekendHolidayToTheNextMondayAsJollydayHasIt() {
        // 28 June 2026 (Constitution Day) is a Sunday; 24 August (Independence Day) a Monday.
        assertThat(holidays("UA", 2026)).contains(
                holiday(2026, 6, 29, "Constitution Day (substitute day)"),
                holiday(2026, 8, 24, "Independence Day"));
    }

    @Test
    void kazakhstanHasNauryzOnTheTwentySecondOfMarch() {
        assertThat(holidays("KZ", 2026)).contains(
                holiday(2026, 3, 22, "The Spring Day"),
                holiday(2026, 12, 16, "Independence Day"));
    }

    @Test
    void englandAndWalesGetASubstituteDayWhenBoxingDayFallsOnASaturday() {
        // 26 December 2026 is a Saturday: the bank holiday is Monday 28 December.
        assertThat(holidays("GB", 2026)).contains(
                holiday(2026, 4, 6, "Easter Monday"),
                holiday(2026, 8, 31, "Summer Bank Holiday"),
                holiday(2026, 12, 28, "Boxing Day (substitute day)"));
        assertThat(holidays("GB", 2026)).extracting(Holiday::date).doesNotContain(LocalDate.of(2026, 12, 26));
    }

    @Test
    void theUnitedStatesObserveASaturdayHolidayOnTheFridayBeforeEvenAcrossTheNewYear() {
        // 4 July 2026 is a Saturday; 1 January 2028 too, so its federal day off is Friday 31 December 2027.
        assertThat(holidays("US", 2026)).contains(holiday(2026, 7, 3, "Independence Day (observed)"));
        assertThat(holidays("US", 2027)).last().isEqualTo(holiday(2027, 12, 31, "New Year's Day (observed)"));
        assertThat(holidays("US", 2028)).first().isEqualTo(holiday(2028, 1, 17, "Martin Luther King, Jr. Day"));
    }

    @Test
    void aCountryWithoutATableIsRefusedOnTheCountryField() {
        assertThat(refusalsOf(source.holidays("XX", 2026)))
                .containsExactly(Refusal.of("country", "XX", CalendarRefusals.UNKNOWN_COUNTRY));
        assertThat(refusalsOf(source.holidays(null, 2026)))
                .containsExactly(Refusal.of("country", "", CalendarRefusals.UNKNOWN_COUNTRY));
    }

    @Test
    void theCountryCodeIgnoresCaseAndSpaces() {
        assertThat(holidays(" pl ", 2026)).isEqualTo(holidays("PL", 2026));
    }

    @Test
    void aYearOutsideTheTableIsRefusedWithTheYearsItCovers() {
        assertThat(refusalsOf(source.holidays("pl", 2031)))
                .containsExactly(Refusal.of("year", "2031", CalendarRefusals.YEAR_NOT_COVERED, "PL", "2024", "2030"));
        assertThat(refusalsOf(source.holidays("UZ", 2023)))
                .containsExactly(Refusal.of("year", "2023", CalendarRefusals.YEAR_NOT_COVERED, "UZ", "2024", "2030"));
    }

    @Test
    void everyListedCountryHasATableAndTheListsCannotBeChanged() {
        assertThat(source.countries()).containsExactlyElementsOf(TableHolidaySource.COUNTRIES);
        List<Holiday> pl = holidays("PL", 2026);
        assertThatThrownBy(() -> pl.add(holiday(2026, 6, 1, "x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> source.countries().remove("PL")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCalendarBuiltFromTheTablesTakesPolishIndependenceDayOff() {
        BusinessCalendar warsaw = BusinessCalendar.inZone("Europe/Warsaw").mondayToFriday(at(9, 0), at(17, 0))
                .holidaysFrom(new TableHolidaySource(), "PL", 2026, 2026)
                .build().orElseThrow();

        // Wednesday 11 November 2026 is off; Thursday 12 November is worked.
        assertThat(warsaw.hoursOn(LocalDate.of(2026, 11, 11))).isEmpty();
        assertThat(warsaw.hoursOn(LocalDate.of(2026, 11, 12))).containsExactly(WorkingHours.of(at(9, 0), at(17, 0)));
        assertThat(warsaw.holidays()).contains(holiday(2026, 11, 11, "Independence Day"));
    }

    @Test
    void aCalendarAskingForUncoveredYearsCarriesTheRefusal() {
        Outcome<BusinessCalendar> outcome = BusinessCalendar.inZone("Asia/Tashkent").mondayToFriday(at(9, 0), at(18, 0))
                .holidaysFrom(source, "UZ", 2030, 2031)
                .build();

        assertThat(refusalsOf(outcome))
                .containsExactly(Refusal.of("year", "2031", CalendarRefusals.YEAR_NOT_COVERED, "UZ", "2024", "2030"));
    }

    @Property
    void everyCoveredYearListsOnlyItsOwnDatesInOrder(@ForAll @IntRange(min = 2024, max = 2030) int year) {
        for (String country : TableHolidaySource.COUNTRIES) {
            List<Holiday> list = holidays(country, year);
            assertThat(list).as("%s %d", country, year).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.date().getYear()).isEqualTo(year))
                    .allSatisfy(h -> assertThat(h.name()).isNotBlank());
            assertThat(list).extracting(Holiday::date).isSorted();
        }
    }

    @Property
    void anUnknownCodeIsAlwaysRefusedOnTheCountryField(@ForAll @StringLength(max = 3) String code) {
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
        net.jqwik.api.Assume.that(!TableHolidaySource.COUNTRIES.contains(normalised));

        assertThat(refusalsOf(source.holidays(code, 2026)))
                .containsExactly(Refusal.of("country", code, CalendarRefusals.UNKNOWN_COUNTRY));
    }

    // --- the table format ---

    private static TableHolidaySource.Table parse(String text) {
        return TableHolidaySource.parse("XX", "holidays/XX.csv", text);
    }

    @Test
    void aTableHasCommentsTheCoveredYearsAndDatedNamesThatMayContainCommas() {
        TableHolidaySource.Table table = parse("""
                # comment

                years=2026-2027
                2026-01-15,Martin Luther King, Jr. Day
                  # an indented comment
                2027-01-01 , New Year's Day
                """);

        assertThat(table.firstYear()).isEqualTo(2026);
        assertThat(table.lastYear()).isEqualTo(2027);
        assertThat(table.byYear().get(2026)).containsExactly(holiday(2026, 1, 15, "Martin Luther King, Jr. Day"));
        assertThat(table.byYear().get(2027)).containsExactly(holiday(2027, 1, 1, "New Year's Day"));
    }

    @Test
    void aCoveredYearWithoutHolidaysIsAnEmptyListNotARefusal() {
        assertThat(parse("years=2026-2028\n2026-01-01,New Year's Day\n").byYear().get(2027)).isEmpty();
    }

    @Test
    void aMalformedLineFailsAtLoadNamingTheFileAndTheLine() {
        assertThatThrownBy(() -> parse("# x\nyears=2026-2026\n2026-13-01,Nowhere Day\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("holidays/XX.csv line 3: not an ISO date (yyyy-mm-dd): 2026-13-01");
        assertThatThrownBy(() -> parse("years=2026-2026\n2026-01-01 New Year\n"))
                .hasMessageStartingWith("holidays/XX.csv line 2: expected date,name");
        assertThatThrownBy(() -> parse("years=2026-2026\n2026-01-01,\n"))
                .hasMessage("holidays/XX.csv line 2: the holiday on 2026-01-01 has no name");
        assertThatThrownBy(() -> parse("years=2026-2026\n2027-01-01,New Year's Day\n"))
                .hasMessage("holidays/XX.csv line 2: 2027-01-01 is outside the covered years 2026-2026");
        assertThatThrownBy(() -> parse("years=2026-2026\n2026-05-01,A\n2026-01-01,B\n"))
                .hasMessageStartingWith("holidays/XX.csv line 3: 2026-01-01 comes after 2026-05-01");
        assertThatThrownBy(() -> parse("years=2026-2026\n2026-05-01,A\n2026-05-01,A\n"))
                .hasMessage("holidays/XX.csv line 3: the same holiday twice: 2026-05-01,A");
    }

    @Test
    void theCoveredYearsMustComeFirstOnceAndMakeSense() {
        assertThatThrownBy(() -> parse("2026-01-01,New Year's Day\n"))
                .hasMessageStartingWith("holidays/XX.csv line 1: a holiday before the covered years");
        assertThatThrownBy(() -> parse("# nothing\n"))
                .hasMessageStartingWith("holidays/XX.csv: no covered years");
        assertThatThrownBy(() -> parse("years=2026-2026\nyears=2027-2027\n"))
                .hasMessage("holidays/XX.csv line 2: the covered years are given twice");
        assertThatThrownBy(() -> parse("years=2030-2024\n"))
                .hasMessageStartingWith("holidays/XX.csv line 1: not a range of years");
        assertThatThrownBy(() -> parse("years=2026\n"))
                .hasMessageStartingWith("holidays/XX.csv line 1: expected years=<first>-<last>");
    }
}
