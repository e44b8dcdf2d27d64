package io.paydesk.app.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.platform.Texts;
import io.paydesk.app.sla.ao.AoSlaStateIndex;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.SlaQuery;
import io.paydesk.core.sla.SlaStanding;
import io.paydesk.core.sla.SlaState;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.HostActiveObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlaSearchTest {

    private final HostActiveObjects ao = HostActiveObjects.open(AoDatabase.inMemory(),
            AoModule.fromDescriptor(getClass().getClassLoader()));
    private final AoSlaStateIndex states = new AoSlaStateIndex(ao);
    private final SlaSearch search = new SlaSearch(states);

    @AfterEach
    void close() {
        ao.close();
    }

    /** The app's own bundle in one language, formatted as Jira formats it. */
    private static Texts bundle(String suffix) {
        Properties properties = new Properties();
        try (InputStream in = SlaSearchTest.class.getResourceAsStream("/io/paydesk/app/i18n/paydesk" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return (key, arguments) -> new MessageFormat(properties.getProperty(key), Locale.ROOT).format(arguments);
    }

    @Test
    void anUnknownStateIsExplainedWithItsValueAndTheAllowedOnesInTheViewersLanguage() {
        assertThat(search.problems(List.of("late"), bundle(""))).containsExactly(
                "The SLA state (first argument) “late” is not known: use one of running, paused, met, breached, warned.");
        assertThat(search.problems(List.of("late"), bundle("_pl"))).containsExactly(
                "Stan SLA (pierwszy argument) „late” jest nieznany: użyj jednego z running, paused, met, breached, warned.");
    }

    @Test
    void anUnknownGoalIsExplainedWithItsValueAndTheAllowedOnes() {
        assertThat(search.problems(List.of("breached", "response"), bundle("_ru"))).containsExactly(
                "Цель SLA (второй аргумент) «response» неизвестна: используйте одну из first-response, resolution,"
                        + " partner-update или не указывайте её, чтобы искать по всем целям.");
    }

    @Test
    void aMissingStateAndTooManyArgumentsAreExplained() {
        assertThat(search.problems(List.of(""), bundle(""))).containsExactly(
                "Name an SLA state as the first argument: one of running, paused, met, breached, warned.");
        assertThat(search.problems(List.of("met", "resolution", "now"), bundle("_uz"))).containsExactly(
                "SLA qidiruvi ko‘pi bilan ikkita argument oladi (holat, maqsad), 3 emas.");
    }

    @Test
    void rightArgumentsHaveNoProblemAndFindTheRequestsInTheStateIndex() {
        states.put("PAY-1", List.of(new SlaStanding(GoalKind.RESOLUTION, SlaState.BREACHED, false)));
        states.put("PAY-2", List.of(new SlaStanding(GoalKind.RESOLUTION, SlaState.RUNNING, true)));

        assertThat(search.problems(List.of("breached", "resolution"), bundle(""))).isEmpty();
        Outcome<SlaQuery> breached = search.read(List.of("breached", "resolution"));
        assertThat(search.find(breached.orElseThrow())).containsExactly("PAY-1");
        assertThat(search.find(search.read(List.of("warned")).orElseThrow())).containsExactly("PAY-2");
    }
}
