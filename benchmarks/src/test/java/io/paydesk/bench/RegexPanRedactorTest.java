package io.paydesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.card.PanRedactor;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegexPanRedactorTest {

    @Test
    void theReferenceMasksExactlyWhatPaydeskMasksOnTheBenchmarkCorpus() {
        List<String> tickets = TicketCorpus.tickets(1_000, 42);

        long withCards = tickets.stream().filter(t -> !PanRedactor.redact(t).equals(t)).count();
        assertThat(withCards).isBetween(100L, 300L);
        for (String ticket : tickets) {
            assertThat(RegexPanRedactor.redact(ticket)).isEqualTo(PanRedactor.redact(ticket));
        }
    }
}
