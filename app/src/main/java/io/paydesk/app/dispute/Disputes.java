package io.paydesk.app.dispute;

import io.paydesk.app.dispute.ao.AoDisputeRecords;
import io.paydesk.core.dispute.deadline.BusinessDays;
import io.paydesk.core.dispute.deadline.DeadlineRuleBooks;
import io.paydesk.core.dispute.deadline.DeadlineRuleTable;
import io.paydesk.core.dispute.deadline.InMemoryDeadlineRuleBooks;
import io.paydesk.core.dispute.desk.DisputeDesk;
import io.paydesk.core.dispute.evidence.EvidenceCatalogue;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.store.DisputeRecords;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * The dispute catalogues and use cases the app shares, built once: the shipped schemes, reason codes,
 * evidence checklists and deadline rules, the disputes kept in Active Objects, and the desk over them.
 * Business days are Monday to Friday until partner calendars feed the dispute clocks.
 */
@Named
public class Disputes {

    private final SchemeCatalogue schemes;
    private final EvidenceCatalogue evidence;
    private final DisputeRecords records;
    private final DeadlineRuleBooks books;
    private final DisputeDesk desk;

    @Inject
    public Disputes(AoDisputeRecords records) {
        this(SchemeCatalogue.shipped(), records, Clock.systemUTC());
    }

    public Disputes(SchemeCatalogue schemes, DisputeRecords records, Clock clock) {
        this.schemes = schemes;
        this.evidence = EvidenceCatalogue.shipped(schemes);
        this.records = records;
        this.books = new InMemoryDeadlineRuleBooks(DeadlineRuleTable.shipped(schemes));
        this.desk = deskAt(clock);
    }

    public SchemeCatalogue schemes() {
        return schemes;
    }

    public EvidenceCatalogue evidence() {
        return evidence;
    }

    public DisputeRecords records() {
        return records;
    }

    public DisputeDesk desk() {
        return desk;
    }

    /** The same desk judging by another clock: a scheduled run judges by the moment it runs for. */
    public DisputeDesk deskAt(Clock clock) {
        return new DisputeDesk(schemes, evidence, books, BusinessDays.weekendsOff(), records, clock);
    }
}
