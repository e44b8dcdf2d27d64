package io.paydesk.sandbox.sample;

import io.paydesk.core.card.Luhn;
import io.paydesk.core.card.MaskedCardNumber;
import io.paydesk.core.money.Money;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.sandbox.host.HostBankSystems;
import io.paydesk.sandbox.host.HostDirectory;
import io.paydesk.sandbox.host.HostRequest;
import io.paydesk.sandbox.host.HostRequests;
import io.paydesk.sandbox.host.HostUser;
import io.paydesk.sandbox.host.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Generates the sandbox's sample world from a seed: four partner banks (Uzbekistan, Ukraine, Poland,
 * Kazakhstan) in their own time zones, their clerks, our agents on every line, cardholders with masked
 * cards, card transactions, loyalty ledgers, and requests whose texts are real customer queries from
 * BANKING77. Card numbers are generated whole (with a valid check digit) only to be masked at once.
 */
public final class SampleData {

    /** Intent labels of BANKING77 that become each request type, verbatim (two labels are not identifiers). */
    static final Map<String, List<String>> REQUEST_TYPES = Map.of(
            "Payment dispute", List.of("card_payment_not_recognised", "transaction_charged_twice",
                    "card_payment_wrong_exchange_rate", "extra_charge_on_statement", "reverted_card_payment?",
                    "wrong_amount_of_cash_received", "cash_withdrawal_not_recognised"),
            "Refund or withdrawal not received", List.of("Refund_not_showing_up", "request_refund"),
            "Failed top-up", List.of("top_up_failed", "top_up_reverted", "pending_top_up"),
            "Card block/unblock", List.of("lost_or_stolen_card", "compromised_card", "card_swallowed"),
            "Identity verification", List.of("verify_my_identity", "unable_to_verify_identity"));

    private static final List<String> STATUSES = List.of("Waiting for support", "Waiting for support", "In progress",
            "Waiting for customer", "Resolved");

    private final Clock clock;
    private final Random random;

    public SampleData(Clock clock, long seed) {
        this.clock = clock;
        this.random = new Random(seed);
    }

    public void generate(HostDirectory directory, PartnerDirectory partners, HostBankSystems banks,
                         HostRequests requests, int requestCount) {
        addAgents(directory);
        Map<String, List<String>> texts = Banking77.byIntent();
        List<HostRequest> generated = new ArrayList<>();
        List<SamplePartner> all = SamplePartner.all();
        for (SamplePartner partner : all) {
            directory.addOrganization(partner.organizationId(), partner.name());
            partners.save(new PartnerBank(new PartnerId(Integer.toString(partner.organizationId())), partner.name(),
                    partner.country(), partner.zone(), partner.language()));
            directory.addUser(new HostUser(partner.partnerClerk()[0], partner.partnerClerk()[1], Role.PARTNER,
                    Optional.of(partner.organizationId()), partner.language(), partner.zone()));
            List<CustomerCard> customerCards = addCustomers(partner, banks);
            for (int i = 0; i < requestCount / all.size(); i++) {
                generated.add(request(partner, customerCards, texts));
            }
        }
        generated.sort(Comparator.comparing(HostRequest::created));
        for (int i = 0; i < generated.size(); i++) {
            HostRequest r = generated.get(i);
            requests.add(new HostRequest("PAY-" + (i + 1), r.summary(), r.description(), r.requestType(), r.status(),
                    r.priority(), r.created(), r.reporter(), r.organizationId(), r.customerId(), r.card()));
        }
    }

    private static void addAgents(HostDirectory directory) {
        directory.addUser(agent("dilnoza", "Dilnoza Karimova", Role.FIRST_LINE, "uz", "Asia/Tashkent"));
        directory.addUser(agent("oleh", "Oleh Kovalenko", Role.SECOND_LINE, "uk", "Europe/Kyiv"));
        directory.addUser(agent("aigerim", "Aigerim Sadykova", Role.RISK, "ru", "Asia/Almaty"));
        directory.addUser(agent("marek", "Marek Nowak", Role.PROCESSING, "pl", "Europe/Warsaw"));
        directory.addUser(agent("sarah", "Sarah Mitchell", Role.LEGAL, "en", "Europe/London"));
        directory.addUser(agent("timur", "Timur Rakhimov", Role.ADMIN, "en", "Asia/Tashkent"));
    }

    private static HostUser agent(String username, String name, Role role, String language, String zone) {
        return new HostUser(username, name, role, Optional.empty(), Locale.of(language), ZoneId.of(zone));
    }

    private record CustomerCard(int customerId, MaskedCardNumber card) {
    }

    /** Twelve customers with one or two cards each. */
    private List<CustomerCard> addCustomers(SamplePartner partner, HostBankSystems banks) {
        List<CustomerCard> cards = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            String name = pick(partner.firstNames()) + " " + pick(partner.lastNames());
            int customerId = banks.addCustomer(partner.organizationId(), name,
                    "LOY-" + partner.country() + "-" + (100000 + random.nextInt(900000)));
            int cardCount = 1 + random.nextInt(2);
            long balance = 0;
            for (int k = 0; k < cardCount; k++) {
                String[] binAndScheme = pick(partner.binsAndSchemes());
                MaskedCardNumber masked = MaskedCardNumber.fromTyped("card", cardNumber(binAndScheme[0])).orElseThrow();
                int cardId = banks.addCard(customerId, masked, binAndScheme[1], partner.currency());
                cards.add(new CustomerCard(customerId, masked));
                balance += addTransactions(partner, banks, customerId, cardId);
            }
            if (balance > 500) {
                long redeemed = 100 * (1 + random.nextInt((int) Math.min(balance / 100, 5)));
                banks.addLedgerEntry(customerId, clock.instant().minus(Duration.ofDays(random.nextInt(20))),
                        "REDEMPTION", -redeemed, null);
            }
        }
        return cards;
    }

    /** Card transactions of the last 60 days, each accruing one point per full 1 % of the maximum purchase. */
    private long addTransactions(SamplePartner partner, HostBankSystems banks, int customerId, int cardId) {
        long points = 0;
        Currency currency = Currency.getInstance(partner.currency());
        for (int t = 0; t < 15 + random.nextInt(10); t++) {
            String[] merchant = pick(partner.merchantsAndMccs());
            long minor = partner.minPurchaseMinor()
                    + (long) (random.nextDouble() * (partner.maxPurchaseMinor() - partner.minPurchaseMinor()));
            Money amount = Money.ofMinor(currency, minor - minor % 100);
            Instant time = clock.instant().minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
            String rrn = digits(12);
            boolean declined = random.nextInt(20) == 0;
            banks.addTransaction(cardId, rrn, digits(6), time, amount, merchant[0], merchant[1],
                    declined ? "DECLINED" : "SETTLED");
            long earned = minor / (partner.maxPurchaseMinor() / 100);
            if (!declined && earned > 0 && !"6011".equals(merchant[1])) {
                banks.addLedgerEntry(customerId, time.plus(Duration.ofDays(1)), "ACCRUAL", earned, rrn);
                points += earned;
            }
        }
        return points;
    }

    private HostRequest request(SamplePartner partner, List<CustomerCard> customerCards, Map<String, List<String>> texts) {
        String type = pick(List.copyOf(REQUEST_TYPES.keySet().stream().sorted().toList()));
        String intent = pick(REQUEST_TYPES.get(type));
        String text = pick(texts.get(intent));
        CustomerCard customerCard = pick(customerCards);
        Instant created = workingHoursInstant(partner);
        String summary = text.length() <= 120 ? text : text.substring(0, 117) + "…";
        String priority = "Card block/unblock".equals(type) ? "Highest" : random.nextInt(4) == 0 ? "High" : "Medium";
        return new HostRequest("", summary, text, type, pick(STATUSES), priority, created, partner.partnerClerk()[0],
                partner.organizationId(), Optional.of(customerCard.customerId()),
                Optional.of(customerCard.card().toString()));
    }

    /** A moment in the last ten days, during the partner's office hours in its own zone. */
    private Instant workingHoursInstant(SamplePartner partner) {
        ZonedDateTime day = clock.instant().atZone(partner.zone()).minusDays(1 + random.nextInt(10));
        ZonedDateTime at = day.with(LocalTime.of(9 + random.nextInt(8), random.nextInt(60)));
        return at.toInstant();
    }

    private String cardNumber(String bin) {
        String body = bin + digits(9);
        for (char check = '0'; check <= '9'; check++) {
            if (Luhn.isValid(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("a check digit always exists");
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
