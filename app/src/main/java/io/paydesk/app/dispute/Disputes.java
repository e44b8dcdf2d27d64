package io.paydesk.app.dispute;

import io.paydesk.app.dispute.ao.AoDeadlineRuleBooks;
import io.paydesk.app.dispute.ao.AoDisputeRecords;
import io.paydesk.core.dispute.deadline.BusinessCalendars;
import io.paydesk.core.dispute.deadline.DeadlineRuleBooks;
import io.paydesk.core.dispute.deadline.DeadlineRuleTable;
import io.paydesk.core.dispute.deadline.EditingDeadlineRules;
import io.paydesk.core.dispute.deadline.InMemoryDeadlineRuleBooks;
import io.paydesk.core.dispute.desk.DisputeDesk;
import io.paydesk.core.dispute.evidence.EvidenceCatalogue;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.store.DisputeRecords;
import io.paydesk.core.sla.SlaSettings;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * The dispute catalogues and use cases the app shares, built once: the shipped schemes, reason codes,
 * evidence checklists, the deadline rule-book revisions and the disputes kept in Active Objects, and the desk
 * over them. Time limits in business days count on the partner bank's calendar from the SLA settings
 * ({@link PartnerBusinessCalendars}), Monday to Friday for a partner without one; the desk and the deadline job
 * ({@link #deskAt}) count the same way.
 */
@Named
public class Disputes {

    private final SchemeCatalogue schemes;
    private final EvidenceCatalogue evidence;
    private final DisputeRecords records;
    private final DeadlineRuleBooks books;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final DisputeDesk desk;

    @Inject
    public Disputes(AoDisputeRecords records, AoDeadlineRuleBooks books, SlaSettings sla) {
        this(SchemeCatalogue.shipped(), records, books, new PartnerBusinessCalendars(sla), Clock.systemUTC());
    }

    /** Over the shipped deadline rules kept in memory (edits last until restart), Monday to Friday: for tests. */
    public Disputes(SchemeCatalogue schemes, DisputeRecords records, Clock clock) {
        this(schemes, records, new InMemoryDeadlineRuleBooks(DeadlineRuleTable.shipped(schemes),
                DeadlineRuleTable.shippedText()), BusinessCalendars.mondayToFriday(), clock);
    }

    public Disputes(SchemeCatalogue schemes, DisputeRecords records, DeadlineRuleBooks books, BusinessCalendars calendars,
            Clock clock) {
        this.schemes = schemes;
        this.evidence = EvidenceCatalogue.shipped(schemes);
        this.records = records;
        this.books = books;
        this.calendars = calendars;
        this.clock = clock;
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

    /** The deadline rule-book revisions: the current one for new time limits, every past one to explain old ones. */
    public DeadlineRuleBooks books() {
        return books;
    }

    /** An administrator's edits to the deadline rules, stamped with this clock. */
    public EditingDeadlineRules editing() {
        return new EditingDeadlineRules(books, schemes, clock);
    }

    public DisputeDesk desk() {
        return desk;
    }

    /**
     * The same desk judging by another clock, on the same partner calendars: a scheduled run judges by the moment
     * it runs for.
     */
    public DisputeDesk deskAt(Clock clock) {
        return new DisputeDesk(schemes, evidence, books, calendars, records, clock);
    }
}
