package io.paydesk.app.sla.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.sla.EventHistory;
import io.paydesk.core.sla.EventId;
import io.paydesk.core.sla.EventKind;
import io.paydesk.core.sla.RequestEvent;
import io.paydesk.core.sla.RequestEvent.Change;
import io.paydesk.core.sla.RequestEventLog;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The SLA event log kept in Active Objects ({@link SlaEventEntity}). Entities never leave this class.
 *
 * <p>Idempotent under races too: {@link #append} looks the id up and inserts in one transaction, and the
 * unique constraint on {@code EVENT_ID} refuses the second row when another node or thread recorded the
 * same id in between; that transaction then rolls back and the log reads the row that won, in a new
 * transaction, and answers as if it had seen it first. Call {@link #append} outside any transaction of
 * the caller's: on PostgreSQL a refused insert aborts the whole enclosing transaction.
 *
 * <p>Refused at the boundary with {@link IllegalArgumentException} before anything is written: an event id
 * longer than {@value #MAX_ID_LENGTH} characters, a request key, status, priority or pause reason longer
 * than {@value #MAX_TEXT_LENGTH}, an instant beyond what epoch milliseconds hold.
 */
@Named
public class AoRequestEventLog implements RequestEventLog {

    static final int MAX_ID_LENGTH = 128;
    static final int MAX_TEXT_LENGTH = 255;
    private static final int NANOS_PER_MILLI = 1_000_000;

    private final ActiveObjects ao;

    @Inject
    public AoRequestEventLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean append(RequestEvent event) {
        DBParam[] row = row(Objects.requireNonNull(event, "event"));
        Optional<RequestEvent> recorded;
        try {
            recorded = ao.executeInTransaction(() -> {
                Optional<RequestEvent> known = recorded(event.id());
                if (known.isEmpty()) {
                    ao.create(SlaEventEntity.class, row);
                }
                return known;
            });
        } catch (RuntimeException insertFailed) {
            recorded = winnerOfRace(event.id(), insertFailed);
        }
        if (recorded.isEmpty()) {
            return true;
        }
        if (recorded.get().equals(event)) {
            return false;
        }
        throw new ConflictingEvent(recorded.get(), event);
    }

    @Override
    public Outcome<EventHistory> history(String requestKey) {
        if (requestKey == null || requestKey.isBlank()) {
            return EventHistory.of(requestKey, List.of());
        }
        List<RequestEvent> events = ao.executeInTransaction(() -> Arrays.stream(
                        ao.find(SlaEventEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey)))
                .map(AoRequestEventLog::toDomain)
                .toList());
        return EventHistory.of(requestKey, events);
    }

    /**
     * The insert failed: most likely the unique constraint, because the same id was recorded after this
     * transaction looked. The row that won decides; when there is none, the failure was something else.
     */
    private Optional<RequestEvent> winnerOfRace(EventId id, RuntimeException insertFailed) {
        Optional<RequestEvent> winner;
        try {
            winner = ao.executeInTransaction(() -> recorded(id));
        } catch (RuntimeException readFailed) {
            insertFailed.addSuppressed(readFailed);
            throw insertFailed;
        }
        if (winner.isEmpty()) {
            throw insertFailed;
        }
        return winner;
    }

    private Optional<RequestEvent> recorded(EventId id) {
        SlaEventEntity[] found = ao.find(SlaEventEntity.class, Query.select().where("EVENT_ID = ?", id.value()));
        return found.length == 0 ? Optional.empty() : Optional.of(toDomain(found[0]));
    }

    private static DBParam[] row(RequestEvent event) {
        List<DBParam> row = new ArrayList<>();
        row.add(new DBParam("EVENT_ID", fit("id", event.id().value(), MAX_ID_LENGTH)));
        row.add(new DBParam("REQUEST_KEY", fit("requestKey", event.requestKey(), MAX_TEXT_LENGTH)));
        long millis;
        try {
            millis = event.occurredAt().toEpochMilli();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("event " + event.id() + " happened at " + event.occurredAt()
                    + ", beyond what the log can store", e);
        }
        row.add(new DBParam("OCCURRED_MILLIS", millis));
        row.add(new DBParam("OCCURRED_NANOS", event.occurredAt().getNano() % NANOS_PER_MILLI));
        row.add(new DBParam("KIND", event.change().kind().name()));
        switch (event.change()) {
            case Change.Created created -> {
                optional(row, "STATUS_TO", created.status());
                optional(row, "PRIORITY_TO", created.priority());
            }
            case Change.StatusChanged changed -> {
                optional(row, "STATUS_FROM", changed.from());
                optional(row, "STATUS_TO", changed.to());
            }
            case Change.PriorityChanged changed -> {
                optional(row, "PRIORITY_FROM", changed.from());
                optional(row, "PRIORITY_TO", changed.to());
            }
            case Change.AgentCommented ignored -> { }
            case Change.CustomerCommented ignored -> { }
            case Change.Resolved ignored -> { }
            case Change.Reopened ignored -> { }
        }
        event.pauseReason().ifPresent(reason -> optional(row, "PAUSE_REASON", reason));
        return row.toArray(new DBParam[0]);
    }

    private static void optional(List<DBParam> row, String column, String value) {
        row.add(new DBParam(column, fit(column, value, MAX_TEXT_LENGTH)));
    }

    private static String fit(String field, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters: " + value.length());
        }
        return value;
    }

    private static RequestEvent toDomain(SlaEventEntity entity) {
        Instant occurredAt = Instant.ofEpochMilli(entity.getOccurredMillis()).plusNanos(entity.getOccurredNanos());
        Change change = switch (EventKind.valueOf(entity.getKind())) {
            case CREATED -> new Change.Created(text(entity.getStatusTo()), text(entity.getPriorityTo()));
            case STATUS_CHANGED -> new Change.StatusChanged(text(entity.getStatusFrom()), text(entity.getStatusTo()));
            case PRIORITY_CHANGED -> new Change.PriorityChanged(text(entity.getPriorityFrom()), text(entity.getPriorityTo()));
            case AGENT_COMMENTED -> new Change.AgentCommented();
            case CUSTOMER_COMMENTED -> new Change.CustomerCommented();
            case RESOLVED -> new Change.Resolved();
            case REOPENED -> new Change.Reopened();
        };
        return new RequestEvent(new EventId(entity.getEventId()), entity.getRequestKey(), occurredAt, change,
                Optional.ofNullable(entity.getPauseReason()));
    }

    /** {@code NULL} where the kind needs text is the empty string (Oracle stores {@code ''} as {@code NULL}). */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}
