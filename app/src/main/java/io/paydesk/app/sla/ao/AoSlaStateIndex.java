package io.paydesk.app.sla.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.core.sla.GoalKind;
import io.paydesk.core.sla.SlaCondition;
import io.paydesk.core.sla.SlaQuery;
import io.paydesk.core.sla.SlaStanding;
import io.paydesk.core.sla.SlaState;
import io.paydesk.core.sla.SlaStateIndex;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The SLA state index kept in Active Objects ({@link SlaStateEntity}); entities never leave this class. A
 * search is one indexed query on {@code STATE} (or {@code WARNED}) and, when a goal is named, {@code GOAL}.
 *
 * <p>Two nodes inserting the same request's row at once: the unique {@code ENTRY_KEY} refuses the second
 * insert, whose transaction rolls back, and the write is done again over the row that won (as
 * {@link AoSlaDueIndex} does). Call it outside any transaction of the caller's.
 */
@Named
public class AoSlaStateIndex implements SlaStateIndex {

    static final int MAX_ENTRY_KEY_LENGTH = AoSlaDueIndex.MAX_KEY_LENGTH + 32;

    private final ActiveObjects ao;

    @Inject
    public AoSlaStateIndex(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void put(String requestKey, List<SlaStanding> standings) {
        String key = AoSlaDueIndex.fit(Objects.requireNonNull(requestKey, "requestKey"));
        List<SlaStanding> given = List.copyOf(standings);
        try {
            write(key, given);
        } catch (RuntimeException insertFailed) {
            // Most likely another node inserted one of this request's rows after this transaction looked.
            try {
                write(key, given);
            } catch (RuntimeException again) {
                again.addSuppressed(insertFailed);
                throw again;
            }
        }
    }

    private void write(String key, List<SlaStanding> standings) {
        ao.executeInTransaction(() -> {
            Map<String, SlaStateEntity> existing = new HashMap<>();
            for (SlaStateEntity row : rows(key)) {
                existing.put(row.getGoal(), row);
            }
            for (SlaStanding standing : standings) {
                SlaStateEntity row = existing.remove(standing.goal().name());
                if (row == null) {
                    ao.create(SlaStateEntity.class,
                            new DBParam("ENTRY_KEY", key + "/" + standing.goal().name()),
                            new DBParam("REQUEST_KEY", key),
                            new DBParam("GOAL", standing.goal().name()),
                            new DBParam("STATE", standing.state().name()),
                            new DBParam("WARNED", standing.warned()));
                } else if (!row.getState().equals(standing.state().name()) || row.getWarned() != standing.warned()) {
                    row.setState(standing.state().name());
                    row.setWarned(standing.warned());
                    row.save();
                }
            }
            if (!existing.isEmpty()) {
                ao.delete(existing.values().toArray(SlaStateEntity[]::new));
            }
            return null;
        });
    }

    @Override
    public List<SlaStanding> find(String requestKey) {
        return ao.executeInTransaction(() -> Arrays.stream(rows(requestKey))
                .map(row -> new SlaStanding(GoalKind.valueOf(row.getGoal()), SlaState.valueOf(row.getState()),
                        row.getWarned()))
                .sorted(Comparator.comparing(SlaStanding::goal))
                .toList());
    }

    @Override
    public List<String> search(SlaQuery query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a search returns at least one request: " + limit);
        }
        List<Object> parameters = new ArrayList<>();
        String where;
        if (query.condition() == SlaCondition.WARNED) {
            where = "WARNED = ?";
            parameters.add(Boolean.TRUE);
        } else {
            where = "STATE = ?";
            parameters.add(query.condition().name());
        }
        if (query.goal().isPresent()) {
            where += " AND GOAL = ?";
            parameters.add(query.goal().get().name());
        }
        // A request has at most one row per goal, so this many rows hold at least `limit` requests.
        int rows = (int) Math.min(Integer.MAX_VALUE, (long) limit * GoalKind.values().length);
        String condition = where;
        return ao.executeInTransaction(() -> {
            Set<String> keys = new LinkedHashSet<>();
            for (SlaStateEntity row : ao.find(SlaStateEntity.class, Query.select()
                    .where(condition, parameters.toArray())
                    .order("REQUEST_KEY ASC, GOAL ASC")
                    .limit(rows))) {
                if (keys.size() == limit) {
                    break;
                }
                keys.add(row.getRequestKey());
            }
            return List.copyOf(keys);
        });
    }

    private SlaStateEntity[] rows(String requestKey) {
        return ao.find(SlaStateEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey));
    }
}
