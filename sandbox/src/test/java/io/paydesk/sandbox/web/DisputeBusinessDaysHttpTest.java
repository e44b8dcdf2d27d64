package io.paydesk.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.sandbox.Sandbox;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox counts dispute time limits in business days on the partner bank's calendar, as the app does in
 * Jira: Timur makes Visa's dispute response 22 business days; Katarzyna of Bank Wiślany (whose SLA contract
 * runs on the sample calendar {@code pl-warsaw}, Polish holidays) raises a dispute on Tuesday 24 November 2026;
 * the limit skips Christmas Eve and Christmas Day and says which calendar it counted on.
 */
class DisputeBusinessDaysHttpTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");
    private static final String DEADLINES = "plugins/servlet/paydesk/admin/deadlines";
    private static final String ARN = "7412345621000000012345" + Arn.checkDigitFor("7412345621000000012345");
    private static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new Sandbox(AoDatabase.inMemory(), 0, Clock.fixed(Instant.parse("2026-11-24T09:30:00Z"), ZoneOffset.UTC))
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
    }

    /** One person's browser: its own cookies. */
    private static final class Session {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private String token;

        static Session of(String username) throws Exception {
            Session session = new Session();
            Matcher login = TOKEN.matcher(session.get("login").body());
            assertThat(login.find()).isTrue();
            session.post("login", "username=" + username + "&atl_token=" + login.group(1));
            Matcher page = TOKEN.matcher(session.get("queue").body());
            assertThat(page.find()).isTrue();
            session.token = page.group(1);
            return session;
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String element(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(page);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }

    @Test
    void aLimitInBusinessDaysCountsOnThePartnersCalendarAndNamesIt() throws Exception {
        Session timur = Session.of("timur");
        String table = timur.get(DEADLINES + "?download=1").body();
        String edited = table.replace("visa-dispute-response;visa;DISPUTE_RESPONSE;*;*;*;30;calendar;",
                "visa-dispute-response;visa;DISPUTE_RESPONSE;*;*;*;22;business;");
        assertThat(edited).isNotEqualTo(table);
        assertThat(timur.post(DEADLINES, "action=publish&table=" + URLEncoder.encode(edited, StandardCharsets.UTF_8)
                + "&atl_token=" + timur.token).statusCode()).isEqualTo(302);

        Session katarzyna = Session.of("katarzyna");
        HttpResponse<String> raised = katarzyna.post("portal/dispute", "scheme=visa&reasonCode=13.1"
                + "&card=4111111111111111&amount=1349.90&currency=PLN&transactionDate=2026-10-20"
                + "&settlementDate=2026-10-21&expectedServiceDate=2026-10-25&merchantName=Media+Expert&mcc=5732"
                + "&rrn=624512345678&arn=" + ARN + "&description=Never+delivered&atl_token=" + katarzyna.token);
        assertThat(raised.statusCode()).isEqualTo(302);
        String issue = katarzyna.get(raised.headers().firstValue("Location").orElseThrow().substring(1)).body();

        assertThat(element(issue, "paydesk-dispute-due")).isEqualTo("28 gru 2026");
        assertThat(element(issue, "paydesk-dispute-basis")).isEqualTo("22 dni roboczych od poprzedniego etapu (24 lis 2026)"
                + " według kalendarza banku partnerskiego „pl-warsaw”; reguła visa-dispute-response,"
                + " wersja paydesk-defaults@r2");
    }
}
