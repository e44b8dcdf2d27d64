package io.paydesk.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.paydesk.core.card.MaskedCardNumber;
import io.paydesk.core.money.Money;
import io.paydesk.sandbox.host.ao.HostCardEntity;
import io.paydesk.sandbox.host.ao.HostCardTxnEntity;
import io.paydesk.sandbox.host.ao.HostCustomerEntity;
import io.paydesk.sandbox.host.ao.HostLedgerEntity;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The partner banks' own systems as the sandbox imitates them: cardholders, their cards (masked only),
 * card transactions from processing, and loyalty ledgers. Paydesk reads these; it does not own them.
 */
public final class HostBankSystems {

    private final ActiveObjects ao;

    public HostBankSystems(ActiveObjects ao) {
        this.ao = ao;
    }

    public int addCustomer(int organizationId, String fullName, String loyaltyAccount) {
        return ao.create(HostCustomerEntity.class,
                new DBParam("ORGANIZATION_ID", organizationId),
                new DBParam("FULL_NAME", fullName),
                new DBParam("LOYALTY_ACCOUNT", loyaltyAccount)).getID();
    }

    public Optional<String> customerName(int customerId) {
        return Optional.ofNullable(ao.get(HostCustomerEntity.class, customerId)).map(HostCustomerEntity::getFullName);
    }

    public int addCard(int customerId, MaskedCardNumber card, String scheme, String currency) {
        return ao.create(HostCardEntity.class,
                new DBParam("CUSTOMER_ID", customerId),
                new DBParam("MASKED_NUMBER", card.toString()),
                new DBParam("SCHEME", scheme),
                new DBParam("CURRENCY", currency)).getID();
    }

    public void addTransaction(int cardId, String rrn, String authCode, Instant time, Money amount, String merchant,
                               String mcc, String status) {
        ao.create(HostCardTxnEntity.class,
                new DBParam("CARD_ID", cardId),
                new DBParam("RRN", rrn),
                new DBParam("AUTH_CODE", authCode),
                new DBParam("TXN_TIME", Date.from(time)),
                new DBParam("AMOUNT_MINOR", amount.minorUnits()),
                new DBParam("CURRENCY", amount.currency().getCurrencyCode()),
                new DBParam("MERCHANT", merchant),
                new DBParam("MCC", mcc),
                new DBParam("TXN_STATUS", status));
    }

    public void addLedgerEntry(int customerId, Instant posted, String kind, long points, String transactionRrn) {
        ao.create(HostLedgerEntity.class,
                new DBParam("CUSTOMER_ID", customerId),
                new DBParam("POSTED", Date.from(posted)),
                new DBParam("ENTRY_KIND", kind),
                new DBParam("POINTS", points),
                new DBParam("TXN_RRN", transactionRrn));
    }

    public int transactionCount() {
        return ao.count(HostCardTxnEntity.class, Query.select());
    }

    public int ledgerEntryCount() {
        return ao.count(HostLedgerEntity.class, Query.select());
    }
}
