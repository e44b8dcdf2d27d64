package io.paydesk.bench;

import io.paydesk.core.card.Luhn;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Support-ticket-like texts from a fixed seed: sentences with amounts, dates, phone numbers, references,
 * and in one text of five a card number typed plain, spaced or dashed.
 */
public final class TicketCorpus {

    private static final String[] PHRASES = {
            "I was charged twice for the same purchase", "my card payment was declined at the shop",
            "the ATM did not give me the cash but my account was debited", "refund is still not showing",
            "please block my card, I lost it yesterday", "points for my last order were never credited",
            "why was there a fee of 12.50 PLN", "the transfer to my friend has not arrived",
            "call me back on +998 90 123 45 67", "reference 2026-11-24/UZ/0042 from the branch",
            "transaction on 21.11.2026 at 14:05 for 1 250 000 UZS", "order number 4821 7731 0093"};

    private TicketCorpus() {
    }

    public static List<String> tickets(int count, long seed) {
        Random random = new Random(seed);
        List<String> tickets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                text.append(PHRASES[random.nextInt(PHRASES.length)]).append(". ");
            }
            if (random.nextInt(5) == 0) {
                text.append("My card is ").append(cardNumber(random)).append(" please check.");
            }
            tickets.add(text.toString());
        }
        return tickets;
    }

    private static String cardNumber(Random random) {
        StringBuilder body = new StringBuilder("4");
        while (body.length() < 15) {
            body.append(random.nextInt(10));
        }
        for (char check = '0'; check <= '9'; check++) {
            if (Luhn.isValid(body.toString() + check)) {
                String pan = body.toString() + check;
                return switch (random.nextInt(3)) {
                    case 0 -> pan;
                    case 1 -> pan.replaceAll("(\\d{4})(?=\\d)", "$1 ");
                    default -> pan.replaceAll("(\\d{4})(?=\\d)", "$1-");
                };
            }
        }
        throw new IllegalStateException("a check digit always exists");
    }
}
