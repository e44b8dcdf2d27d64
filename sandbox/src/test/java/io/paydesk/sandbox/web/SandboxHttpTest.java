package io.paydesk.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.host.ao.AoDatabase;
import io.paydesk.sandbox.Sandbox;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's pages over plain HTTP: sign-in, XSRF, permissions and bad input. */
class SandboxHttpTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");
    private static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new Sandbox(AoDatabase.inMemory(), 0, Clock.systemUTC()).start();
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
    }

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token() throws Exception {
        Matcher m = TOKEN.matcher(get("login").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void signingInWithoutTheFormsTokenIsRefused() throws Exception {
        token();

        HttpResponse<String> response = post("login", "username=dilnoza&atl_token=forged");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("XSRF");
        assertThat(get("queue").statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownUserIsNamedInTheError() throws Exception {
        HttpResponse<String> response = post("login", "username=mallory&atl_token=" + token());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("username: no such sandbox user");
    }

    @Test
    void anUnsupportedLanguageIsRefusedByName() throws Exception {
        HttpResponse<String> response = post("language", "language=de&atl_token=" + token());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("language: &apos;de&apos; is not one of en, ru, uz, uk, pl");
    }

    @Test
    void aPartnerUserGetsNotFoundForAnotherBanksRequestAndAnAgentDoesNot() throws Exception {
        assertThat(post("login", "username=nodira&atl_token=" + token()).statusCode()).isEqualTo(302);
        int notFound = 0;
        for (int i = 1; i <= 40; i++) {
            HttpResponse<String> page = get("browse/PAY-" + i);
            if (page.statusCode() == 404) {
                notFound++;
                assertThat(page.body()).doesNotContain("paydesk-partner-name");
            } else {
                assertThat(page.body()).contains("Turon Card Bank");
            }
        }
        assertThat(notFound).isBetween(20, 39);

        HttpClient agent = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = agent.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).isTrue();
        agent.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=oleh&atl_token=" + m.group(1))).build(),
                HttpResponse.BodyHandlers.discarding());
        for (int i = 1; i <= 40; i++) {
            assertThat(agent.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "browse/PAY-" + i)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        }
    }

    private static final String PARTNERS = "plugins/servlet/paydesk/admin/partners";

    @Test
    void theAdministratorAddsAPartnerBankThroughTheAppsAdminPage() throws Exception {
        assertThat(post("login", "username=timur&atl_token=" + token()).statusCode()).isEqualTo(302);
        HttpResponse<String> page = get(PARTNERS);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bank Wiślany").contains("id=\"paydesk-partner-form\"");
        String token = TOKEN.matcher(page.body()).results().findFirst().orElseThrow().group(1);

        HttpResponse<String> saved = post(PARTNERS, "organizationId=9&name=Kapital+Card&country=uz&zone=Asia%2FTashkent"
                + "&language=uz&atl_token=" + token);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("saved=Kapital"));
        assertThat(get(PARTNERS).body()).contains("Kapital Card").contains("Asia/Tashkent");
    }

    @Test
    void aWrongPartnerFormNamesEachFieldAndSavesNothing() throws Exception {
        post("login", "username=timur&atl_token=" + token());
        String token = TOKEN.matcher(get(PARTNERS).body()).results().findFirst().orElseThrow().group(1);

        HttpResponse<String> refused = post(PARTNERS, "organizationId=abc&name=%3Cscript%3Ex%3C%2Fscript%3E&country=ZZ"
                + "&zone=UTC%2B5&language=uz&atl_token=" + token);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("The organization ID is the number of a Jira Service Management organization")
                .contains("Not an ISO 3166 country code")
                .contains("A fixed UTC offset does not follow")
                .contains("value=\"&lt;script&gt;x&lt;/script&gt;\"")
                .doesNotContain("<script>x");
        assertThat(get(PARTNERS).body()).doesNotContain("ZZ");
    }

    @Test
    void onlyTheAdministratorMayOpenTheAdminPageAndEveryPostNeedsTheToken() throws Exception {
        post("login", "username=dilnoza&atl_token=" + token());
        assertThat(get(PARTNERS).statusCode()).isEqualTo(403);

        HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = admin.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = TOKEN.matcher(login).results().findFirst().orElseThrow().group(1);
        admin.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=timur&atl_token=" + token)).build(),
                HttpResponse.BodyHandlers.discarding());
        int status = admin.send(HttpRequest.newBuilder(URI.create(sandbox.url() + PARTNERS))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("organizationId=5&name=X&country=UZ&zone=Asia%2FTashkent"
                        + "&language=uz&atl_token=forged")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).isEqualTo(403);
    }

    /** Signs {@code username} in on this instance's client (a browser of its own); returns the session's form token. */
    private String signIn(String username) throws Exception {
        post("login", "username=" + username + "&atl_token=" + token());
        Matcher m = TOKEN.matcher(get("queue").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void onlyPartnerUsersRaiseDisputesAndEveryPostNeedsTheToken() throws Exception {
        String token = signIn("katarzyna");
        assertThat(get("portal/dispute").statusCode()).isEqualTo(200);

        assertThat(post("portal/dispute", "scheme=visa&reasonCode=13.1&atl_token=forged").statusCode()).isEqualTo(403);

        HttpResponse<String> wrong = post("portal/dispute", "scheme=visa&reasonCode=13.9.9&card=4111111111111112"
                + "&amount=10.999&currency=PLN&transactionDate=2026-02-30&merchantName=Shop+4111111111111111"
                + "&rrn=12&arn=1&atl_token=" + token);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("dispute-reasonCode-error", "dispute-card-error", "dispute-amount-error",
                "dispute-transactionDate-error", "dispute-rrn-error", "dispute-arn-error")
                .doesNotContain("4111111111111112").doesNotContain("4111111111111111");
        assertThat(wrong.headers().firstValue("Location")).isEmpty();

        SandboxHttpTest agent = new SandboxHttpTest();
        agent.signIn("dilnoza");
        assertThat(agent.get("portal/dispute").statusCode()).isEqualTo(403);
    }

    @Test
    void onlyAgentsRecordDisputeStepsWithTheTokenOnRequestsTheyCanSee() throws Exception {
        String token = signIn("katarzyna");
        assertThat(post("paydesk/dispute", "issueKey=PAY-1&action=WITHDRAW&atl_token=" + token).statusCode())
                .isEqualTo(403);

        SandboxHttpTest agent = new SandboxHttpTest();
        String agentToken = agent.signIn("oleh");
        assertThat(agent.post("paydesk/dispute", "issueKey=PAY-1&action=WITHDRAW&atl_token=forged").statusCode())
                .isEqualTo(403);
        assertThat(agent.post("paydesk/dispute", "issueKey=PAY-999&action=WITHDRAW&atl_token=" + agentToken).statusCode())
                .isEqualTo(404);
    }

    @Test
    void commentsAndStatusChangesNeedTheTokenASeenRequestAndTextAndNoCardNumberIsKept() throws Exception {
        String token = signIn("katarzyna");
        String own = null;
        String other = null;
        for (int i = 1; i <= 40 && (own == null || other == null); i++) {
            if (get("browse/PAY-" + i).statusCode() == 200) {
                own = own == null ? "PAY-" + i : own;
            } else {
                other = other == null ? "PAY-" + i : other;
            }
        }
        assertThat(post("comment", "issueKey=" + own + "&comment=Hello&atl_token=forged").statusCode()).isEqualTo(403);
        assertThat(post("comment", "issueKey=" + other + "&comment=Hello&atl_token=" + token).statusCode()).isEqualTo(404);
        assertThat(post("comment", "issueKey=" + own + "&comment=+++&atl_token=" + token).statusCode()).isEqualTo(400);
        assertThat(post("comment", "issueKey=" + own + "&comment=My+card+4111111111111111+was+charged&atl_token=" + token)
                .statusCode()).isEqualTo(302);
        assertThat(get("browse/" + own).body()).contains("411111******1111").doesNotContain("4111111111111111");
        assertThat(post("transition", "issueKey=" + own + "&status=Resolved&atl_token=" + token).statusCode())
                .isEqualTo(403);

        SandboxHttpTest agent = new SandboxHttpTest();
        String agentToken = agent.signIn("oleh");
        assertThat(agent.post("transition", "issueKey=" + own + "&status=Closed&atl_token=" + agentToken).statusCode())
                .isEqualTo(400);
        assertThat(agent.post("transition", "issueKey=" + own + "&status=In+progress&atl_token=forged").statusCode())
                .isEqualTo(403);
        assertThat(agent.post("transition", "issueKey=" + own + "&status=In+progress&atl_token=" + agentToken)
                .statusCode()).isEqualTo(302);
        assertThat(agent.get("browse/" + own).body()).contains("id=\"status-val\">In progress<");
    }

    @Test
    void theAppsWebResourceIsServedAtJirasUrl() throws Exception {
        HttpResponse<String> css = get("download/resources/io.paydesk.paydesk-app:panels/paydesk-panels.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(get("download/resources/io.paydesk.paydesk-app:panels/../../atlassian-plugin.xml").statusCode())
                .isEqualTo(404);
    }

    private static final String DEADLINES = "plugins/servlet/paydesk/admin/deadlines";

    @Test
    void onlyTheAdministratorReadsOrPublishesDeadlineRulesAndAPublishNeedsTheToken() throws Exception {
        signIn("dilnoza");
        assertThat(get(DEADLINES).statusCode()).isEqualTo(403);
        assertThat(get(DEADLINES + "?download=1").statusCode()).isEqualTo(403);

        SandboxHttpTest admin = new SandboxHttpTest();
        String token = admin.signIn("timur");
        HttpResponse<String> table = admin.get(DEADLINES + "?download=1");
        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(table.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"deadline-rules-paydesk-defaults-r1.csv\"");
        String edited = table.body().replace("visa-dispute-response;visa;DISPUTE_RESPONSE;*;*;*;30;",
                "visa-dispute-response;visa;DISPUTE_RESPONSE;*;*;*;20;");
        String form = "action=publish&table=" + java.net.URLEncoder.encode(edited, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(admin.post(DEADLINES, form + "&atl_token=forged").statusCode()).isEqualTo(403);
        assertThat(post(DEADLINES, form + "&atl_token=" + token).statusCode()).isEqualTo(403);
        assertThat(admin.get(DEADLINES + "?download=1").body()).isEqualTo(table.body());
    }
}
