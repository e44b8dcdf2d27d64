package io.paydesk.app.dispute.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.core.card.MaskedCardNumber;
import io.paydesk.core.dispute.evidence.EvidenceItem;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.store.DisputeCodec;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.dispute.store.DisputeRecords;
import io.paydesk.core.dispute.store.DueCursor;
import io.paydesk.core.partner.PartnerId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Disputes kept in Active Objects, one row per issue. Entities never leave this class. */
@Named
public class AoDisputeRecords implements DisputeRecords {

    private final ActiveObjects ao;
    private final DisputeCodec codec;

    @Inject
    public AoDisputeRecords(@ComponentImport ActiveObjects ao) {
        this(ao, SchemeCatalogue.shipped());
    }

    public AoDisputeRecords(ActiveObjects ao, SchemeCatalogue catalogue) {
        this.ao = ao;
        this.codec = new DisputeCodec(catalogue);
    }

    @Override
    public Optional<DisputeRecord> find(long issueId) {
        return ao.executeInTransaction(() -> entity(issueId).map(this::toDomain));
    }

    @Override
    public void save(DisputeRecord record) {
        String text = codec.encode(record.dispute());
        String nextDue = record.nextDue().map(LocalDate::toString).orElse(null);
        String card = record.card().map(MaskedCardNumber::toString).orElse(null);
        String partner = record.partner().map(PartnerId::value).orElse(null);
        String evidence = record.evidence().stream().map(EvidenceItem::id).sorted().collect(Collectors.joining(","));
        ao.executeInTransaction(() -> {
            Optional<DisputeEntity> existing = entity(record.issueId());
            if (existing.isPresent()) {
                DisputeEntity entity = existing.get();
                entity.setStage(record.dispute().stage().name());
                entity.setNextDue(nextDue);
                entity.setCard(card);
                entity.setPartnerId(partner);
                entity.setPartnerZone(record.zone().getId());
                entity.setEvidence(evidence);
                entity.setRecord(text);
                entity.save();
            } else {
                ao.create(DisputeEntity.class,
                        new DBParam("ISSUE_ID", record.issueId()),
                        new DBParam("STAGE", record.dispute().stage().name()),
                        new DBParam("NEXT_DUE", nextDue),
                        new DBParam("CARD", card),
                        new DBParam("PARTNER_ID", partner),
                        new DBParam("PARTNER_ZONE", record.zone().getId()),
                        new DBParam("EVIDENCE", evidence),
                        new DBParam("RECORD", text));
            }
            return null;
        });
    }

    @Override
    public List<DisputeRecord> dueOnOrBefore(LocalDate day, Optional<DueCursor> after, int limit) {
        Query query = after.map(cursor -> Query.select().where(
                        "NEXT_DUE <= ? AND (NEXT_DUE > ? OR (NEXT_DUE = ? AND ISSUE_ID > ?))", day.toString(),
                        cursor.due().toString(), cursor.due().toString(), cursor.issueId()))
                .orElseGet(() -> Query.select().where("NEXT_DUE <= ?", day.toString()));
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(DisputeEntity.class,
                        query.order("NEXT_DUE ASC, ISSUE_ID ASC").limit(limit)))
                .map(this::toDomain)
                .toList());
    }

    private Optional<DisputeEntity> entity(long issueId) {
        DisputeEntity[] found = ao.find(DisputeEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private DisputeRecord toDomain(DisputeEntity entity) {
        String evidence = entity.getEvidence() == null ? "" : entity.getEvidence();
        Set<EvidenceItem> held = Arrays.stream(evidence.split(",")).filter(id -> !id.isBlank()).map(EvidenceItem::new)
                .collect(Collectors.toSet());
        return new DisputeRecord(entity.getIssueId(), Optional.ofNullable(entity.getPartnerId()).map(PartnerId::new),
                ZoneId.of(entity.getPartnerZone()),
                Optional.ofNullable(entity.getCard()).map(MaskedCardNumber::parseMasked), codec.decode(entity.getRecord()),
                held);
    }
}
