package io.paydesk.core.dispute.store;

import io.paydesk.core.dispute.deadline.DayCount;
import io.paydesk.core.dispute.deadline.DeadlineAnchor;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.deadline.RuleBookVersion;
import io.paydesk.core.dispute.deadline.StageDeadline;
import io.paydesk.core.dispute.lifecycle.ClosedDispute;
import io.paydesk.core.dispute.lifecycle.Dispute;
import io.paydesk.core.dispute.lifecycle.DisputeCase;
import io.paydesk.core.dispute.lifecycle.DisputeFiling;
import io.paydesk.core.dispute.lifecycle.DisputeOutcome;
import io.paydesk.core.dispute.lifecycle.DisputeTrack;
import io.paydesk.core.dispute.lifecycle.FinancialImpact;
import io.paydesk.core.dispute.lifecycle.Party;
import io.paydesk.core.dispute.lifecycle.StageEntry;
import io.paydesk.core.dispute.scheme.CardScheme;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.ReasonCode;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.scheme.SchemeId;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.dispute.transaction.AuthorizationCode;
import io.paydesk.core.dispute.transaction.Mcc;
import io.paydesk.core.dispute.transaction.Rrn;
import io.paydesk.core.dispute.transaction.TransactionReference;
import io.paydesk.core.money.Money;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * A dispute as text, for storage: every fact, every stage entered with the time limit that applied to it,
 * the next time limit and the money, each deadline frozen with its rule and rule-book version, so a stored
 * dispute comes back exactly as it was, whatever the rule book or the partner's calendar says today. The text
 * is in {@link Properties} form, one {@code key=value} per line; {@code format=1} names this layout. A deadline
 * counted on a partner calendar carries its name ({@code ….calendar}); one without it counted Monday to Friday
 * or in calendar days (texts written before partner calendars have none, and they counted Monday to Friday).
 */
public final class DisputeCodec {

    private static final String FORMAT = "1";

    private final SchemeCatalogue catalogue;

    public DisputeCodec(SchemeCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public String encode(Dispute dispute) {
        Objects.requireNonNull(dispute, "dispute");
        Lines out = new Lines();
        out.put("format", FORMAT);
        DisputeCase facts = dispute.facts();
        out.put("scheme", facts.scheme().id().value());
        out.put("reason", facts.reason().code());
        out.put("currency", facts.disputedAmount().currency().getCurrencyCode());
        out.put("amount", facts.disputedAmount().amount().toPlainString());
        TransactionReference tx = facts.transaction();
        tx.rrn().ifPresent(v -> out.put("tx.rrn", v.value()));
        tx.arn().ifPresent(v -> out.put("tx.arn", v.value()));
        tx.authorizationCode().ifPresent(v -> out.put("tx.authorizationCode", v.value()));
        out.put("tx.date", tx.transactionDate().toString());
        tx.settlementDate().ifPresent(v -> out.put("tx.settled", v.toString()));
        out.put("tx.merchant", tx.merchantName());
        tx.mcc().ifPresent(v -> out.put("tx.mcc", v.value()));
        out.put("tx.atm", Boolean.toString(tx.atm()));
        out.put("geo.issuer", facts.geography().issuerCountry());
        facts.geography().acquirerCountry().ifPresent(v -> out.put("geo.acquirer", v));
        facts.geography().schemeRegion().ifPresent(v -> out.put("geo.region", v));
        facts.expectedServiceDate().ifPresent(v -> out.put("expected", v.toString()));
        List<StageEntry> stages = dispute.track().stages();
        out.put("stages", Integer.toString(stages.size()));
        for (int i = 0; i < stages.size(); i++) {
            StageEntry entry = stages.get(i);
            String prefix = "stage." + i + ".";
            out.put(prefix + "stage", entry.stage().name());
            out.put(prefix + "on", entry.enteredOn().toString());
            out.put(prefix + "by", entry.filedBy().name());
            putDeadline(out, prefix + "limit.", entry.timeLimit());
        }
        dispute.track().next().ifPresent(next -> putDeadline(out, "next.", next));
        FinancialImpact money = dispute.money();
        out.put("money.provisionalCredit", money.provisionalCredit().amount().toPlainString());
        out.put("money.recovered", money.recovered().amount().toPlainString());
        out.put("money.writtenOff", money.writtenOff().amount().toPlainString());
        if (dispute instanceof ClosedDispute closed) {
            out.put("outcome", closed.outcome().name());
            out.put("closedOn", closed.closedOn().toString());
        }
        return out.toString();
    }

    /**
     * Reads a dispute written by {@link #encode}. A damaged text is not guessed at: it fails with
     * {@link IllegalStateException} naming the key that is wrong.
     */
    public Dispute decode(String text) {
        Properties in = new Properties();
        try {
            in.load(new StringReader(Objects.requireNonNull(text, "text")));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored dispute is not readable: " + e.getMessage(), e);
        }
        Reader read = new Reader(in);
        if (!FORMAT.equals(read.required("format"))) {
            throw new IllegalStateException("a stored dispute has an unknown format: " + in.getProperty("format"));
        }
        CardScheme scheme = read.required("scheme", id -> catalogue.scheme(new SchemeId(id)));
        ReasonCode reason = read.required("reason", code -> catalogue.reason(scheme.id(), code));
        Currency currency = read.required("currency", code -> Optional.of(Currency.getInstance(code)));
        Function<String, Money> money = key -> read.required(key,
                v -> Optional.of(Money.of(currency, new BigDecimal(v))));
        TransactionReference tx = read.build("tx", () -> new TransactionReference(
                read.optional("tx.rrn").map(Rrn::new),
                read.optional("tx.arn").map(Arn::new),
                read.optional("tx.authorizationCode").map(AuthorizationCode::new),
                read.date("tx.date"),
                read.optional("tx.settled").map(LocalDate::parse),
                read.required("tx.merchant"),
                read.optional("tx.mcc").map(Mcc::new),
                Boolean.parseBoolean(read.required("tx.atm"))));
        Geography geography = read.build("geo", () -> new Geography(read.required("geo.issuer"),
                read.optional("geo.acquirer"), read.optional("geo.region")));
        DisputeCase facts = read.build("scheme", () -> new DisputeCase(scheme, reason, tx, money.apply("amount"),
                geography, read.optional("expected").map(LocalDate::parse)));
        int count = read.required("stages", v -> Optional.of(Integer.parseInt(v)));
        List<StageEntry> stages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String prefix = "stage." + i + ".";
            stages.add(read.build(prefix + "stage", () -> new StageEntry(read.enumValue(prefix + "stage", DisputeStage.class),
                    read.date(prefix + "on"), read.enumValue(prefix + "by", Party.class), deadline(read, prefix + "limit."))));
        }
        Optional<StageDeadline> next = read.optional("next.stage").map(present -> deadline(read, "next."));
        FinancialImpact impact = read.build("money", () -> new FinancialImpact(facts.disputedAmount(),
                money.apply("money.provisionalCredit"), money.apply("money.recovered"), money.apply("money.writtenOff")));
        DisputeTrack track = read.build("stages", () -> new DisputeTrack(facts, stages, next, impact));
        if (read.optional("outcome").isPresent()) {
            return read.build("outcome", () -> new ClosedDispute(track, read.enumValue("outcome", DisputeOutcome.class),
                    read.date("closedOn")));
        }
        return read.build("stages", () -> DisputeFiling.rebuild(track));
    }

    private static void putDeadline(Lines out, String prefix, StageDeadline deadline) {
        out.put(prefix + "stage", deadline.stage().name());
        out.put(prefix + "due", deadline.dueOn().toString());
        out.put(prefix + "from", deadline.countedFrom().toString());
        out.put(prefix + "anchor", deadline.anchor().toString());
        out.put(prefix + "days", Integer.toString(deadline.days()));
        out.put(prefix + "count", deadline.count().id());
        out.put(prefix + "rule", deadline.ruleId());
        out.put(prefix + "version", deadline.version().toString());
        deadline.businessCalendar().ifPresent(name -> out.put(prefix + "calendar", name));
    }

    private static StageDeadline deadline(Reader read, String prefix) {
        return read.build(prefix + "stage", () -> new StageDeadline(
                read.enumValue(prefix + "stage", DisputeStage.class),
                read.date(prefix + "due"),
                read.date(prefix + "from"),
                read.required(prefix + "anchor", DeadlineAnchor::parse),
                read.required(prefix + "days", v -> Optional.of(Integer.parseInt(v))),
                read.required(prefix + "count", DayCount::byId),
                read.required(prefix + "rule"),
                read.required(prefix + "version", RuleBookVersion::parse),
                read.optional(prefix + "calendar")));
    }

    /** Stored values, each failure naming its key. */
    private record Reader(Properties in) {

        Optional<String> optional(String key) {
            return Optional.ofNullable(in.getProperty(key));
        }

        String required(String key) {
            return optional(key).orElseThrow(() -> new IllegalStateException("a stored dispute lacks " + key));
        }

        <T> T required(String key, Function<String, Optional<T>> parse) {
            String value = required(key);
            try {
                return parse.apply(value).orElseThrow(() -> bad(key, value, null));
            } catch (RuntimeException e) {
                throw e instanceof IllegalStateException ise ? ise : bad(key, value, e);
            }
        }

        LocalDate date(String key) {
            return required(key, v -> Optional.of(LocalDate.parse(v)));
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            return required(key, v -> Optional.of(Enum.valueOf(type, v)));
        }

        /** Builds a value whose constructor checks consistency; a refusal names {@code key}. */
        <T> T build(String key, java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalStateException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new IllegalStateException("a stored dispute is inconsistent at " + key + ": " + e.getMessage(), e);
            }
        }

        private static IllegalStateException bad(String key, String value, Throwable cause) {
            return new IllegalStateException("a stored dispute has a bad " + key + ": '" + value + "'", cause);
        }
    }

    /** {@code key=value} lines in the escaping {@link Properties#load(java.io.Reader)} reads back. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();

        void put(String key, String value) {
            text.append(key).append('=');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\t' -> text.append("\\t");
                    case '\f' -> text.append("\\f");
                    case ' ' -> text.append(i == 0 ? "\\ " : " ");
                    default -> text.append(c);
                }
            }
            text.append('\n');
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
