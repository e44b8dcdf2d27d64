package io.paydesk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import de.focus_shift.jollyday.core.HolidayManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed holiday tables of jollyday-backed countries never drift from jollyday: each is
 * regenerated in memory and compared with the file, character for character.
 *
 * <p>With {@code -Dpaydesk.holidays.regenerate=true} the test rewrites the files under
 * {@code core/src/main/resources/io/paydesk/core/calendar/holidays} instead (see {@link JollydayHolidayTables}).
 */
class JollydayHolidayTablesTest {

    private static final boolean REGENERATE = Boolean.getBoolean("paydesk.holidays.regenerate");

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (REGENERATE) {
            JollydayHolidayTables.writeAll(JollydayHolidayTables.SOURCE_DIRECTORY);
        }
    }

    static Stream<String> jollydayCountries() {
        return JollydayHolidayTables.COUNTRIES.keySet().stream();
    }

    static Stream<String> handKeptCountries() {
        return TableHolidaySource.COUNTRIES.stream().filter(c -> !JollydayHolidayTables.COUNTRIES.containsKey(c));
    }

    private static String committed(String country) throws IOException {
        try (InputStream in = TableHolidaySource.class.getResourceAsStream(TableHolidaySource.DIRECTORY + country + ".csv")) {
            assertThat(in).as("table of %s", country).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("jollydayCountries")
    void theCommittedTableIsExactlyWhatJollydayGives(String country) throws IOException {
        String expected = JollydayHolidayTables.table(country);
        String actual = REGENERATE
                ? java.nio.file.Files.readString(JollydayHolidayTables.SOURCE_DIRECTORY.resolve(country + ".csv"))
                : committed(country);

        assertThat(actual)
                .as("%s.csv differs from jollyday %s; regenerate it (see JollydayHolidayTables) and review the diff",
                        country, JollydayHolidayTables.jollydayVersion())
                .isEqualTo(expected);
    }

    @Test
    void everyCountryThatJollydayKnowsIsGeneratedFromItAndOnlyTheOthersAreKeptByHand() {
        var supported = HolidayManager.getSupportedCalendarCodes();

        assertThat(jollydayCountries()).allSatisfy(c -> assertThat(supported).contains(c));
        assertThat(handKeptCountries())
                .as("a hand-kept country that jollyday now knows should be generated instead")
                .allSatisfy(c -> assertThat(supported).doesNotContain(c));
        assertThat(TableHolidaySource.COUNTRIES).containsAll(JollydayHolidayTables.COUNTRIES.keySet());
    }

    @ParameterizedTest
    @MethodSource("handKeptCountries")
    void aHandKeptTableCitesItsLegalSourceAndIsNotMarkedGenerated(String country) throws IOException {
        String text = committed(country);

        assertThat(text).startsWith("#").doesNotContain("GENERATED").contains("# Source:");
    }

    @Test
    void coreUsesJollydayOnlyInTests() {
        ArchRuleDefinition.noClasses().should().dependOnClassesThat().resideInAnyPackage("de.focus_shift..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.paydesk.core"));
    }
}
