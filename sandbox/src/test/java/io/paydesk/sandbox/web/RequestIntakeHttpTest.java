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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's request form for the types next to disputes, over plain HTTP: who may raise what, the form token,
 * each wrong field named under it with no card number echoed, and the requests it creates (a KYC/AML review seen
 * only by the risk and AML team).
 */
class RequestIntakeHttpTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");
    private static final String VALID_LOYALTY_CLAIM = "type=loyaltyClaim&loyaltyKind=Missing+accrual"
            + "&loyaltyAccount=LOY-2041-77&rrn=631412345678&points=1200&transactionDate=2026-11-20"
            + "&description=Points+for+card+4111+1111+1111+1111+never+arrived";
    private static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new Sandbox(AoDatabase.inMemory(), 0,
                Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC)).start();
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

    /** Signs {@code username} in on this instance's client; returns the session's form token. */
    private String signIn(String username) throws Exception {
        Matcher login = TOKEN.matcher(get("login").body());
        assertThat(login.find()).isTrue();
        post("login", "username=" + username + "&atl_token=" + login.group(1));
        Matcher m = TOKEN.matcher(get("queue").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Posts the form and follows nothing: returns the created request's key from the redirect. */
    private String created(String form) throws Exception {
        HttpResponse<String> response = post("portal/request", form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/browse/PAY-\\d+");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void anAgentOutsideTheRiskTeamMayNotRaiseRequestsAndAForgedTokenIsRefused() throws Exception {
        RequestIntakeHttpTest agent = new RequestIntakeHttpTest();
        agent.signIn("dilnoza");
        assertThat(agent.get("portal/request").statusCode()).isEqualTo(403);
        assertThat(agent.get("portal/request?type=loyaltyClaim").statusCode()).isEqualTo(403);

        signIn("katarzyna");
        assertThat(get("portal/request?type=loyaltyClaim").statusCode()).isEqualTo(200);
        HttpResponse<String> forged = post("portal/request", VALID_LOYALTY_CLAIM + "&atl_token=forged");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Location")).isEmpty();
        assertThat(get("queue").body()).doesNotContain("LOY-2041-77");
    }

    @Test
    void anUnknownTypeIsNamedInTheNotFoundAnswer() throws Exception {
        signIn("katarzyna");

        HttpResponse<String> response = get("portal/request?type=paymentDispute");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("paymentDispute");
    }

    @Test
    void eachWrongFieldIsNamedUnderItInThePartnersLanguageAndNoCardNumberComesBack() throws Exception {
        String token = signIn("katarzyna");

        HttpResponse<String> wrong = post("portal/request", "type=loyaltyClaim&loyaltyKind=Lost+points"
                + "&loyaltyAccount=4111111111111111&rrn=63141234&points=0&transactionDate=2026-12-01"
                + "&description=Card+4111+1111+1111+1111&atl_token=" + token);

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Location")).isEmpty();
        assertThat(wrong.body()).contains("request-loyaltyKind-error", "request-loyaltyAccount-error",
                "request-rrn-error", "request-points-error", "request-transactionDate-error")
                .contains("Wpisz RRN transakcji: dokładnie 12 cyfr")
                .contains("value=\"63141234\"")
                .doesNotContain("4111111111111111").doesNotContain("4111 1111 1111 1111");

        HttpResponse<String> block = post("portal/request", "type=cardBlock&cardAction=Block"
                + "&cardNumber=4111111111111112&blockReason=Stolen&identityVerified=No&atl_token=" + token);

        assertThat(block.statusCode()).isEqualTo(400);
        assertThat(block.body()).contains("request-cardNumber-error").doesNotContain("4111111111111112");
        assertThat(block.body()).doesNotContain("request-blockReason-error", "request-cardAction-error");
    }

    @Test
    void aValidLoyaltyClaimCreatesARequestOfItsTypeWithTheCardNumberMasked() throws Exception {
        String token = signIn("katarzyna");

        String key = created(VALID_LOYALTY_CLAIM + "&atl_token=" + token);

        HttpResponse<String> issue = get("browse/" + key);
        assertThat(issue.statusCode()).isEqualTo(200);
        assertThat(issue.body()).contains("<dd id=\"request-type-val\">Loyalty claim</dd>",
                        "Loyalty claim · LOY-2041-77", "<dd id=\"priority-val\">Medium</dd>", "Bank Wiślany")
                .doesNotContain("4111 1111 1111 1111");
    }

    @Test
    void aCardBlockIsCreatedWithTheHighestPriority() throws Exception {
        String token = signIn("katarzyna");

        String key = created("type=cardBlock&cardAction=Block&cardNumber=4111+1111+1111+1111&blockReason=Stolen"
                + "&identityVerified=No&description=Stolen+at+the+station&atl_token=" + token);

        String issue = get("browse/" + key).body();
        assertThat(issue).contains("<dd id=\"request-type-val\">Card block/unblock</dd>",
                "<dd id=\"priority-val\">Highest</dd>").doesNotContain("4111 1111 1111 1111", "4111111111111111");
    }

    @Test
    void aKycReviewIsRaisedByTheRiskTeamAndNoPartnerUserOrOtherAgentSeesIt() throws Exception {
        String partnerToken = signIn("katarzyna");
        assertThat(get("portal/request").body()).contains("request-type-loyaltyClaim")
                .doesNotContain("request-type-kycReview");
        assertThat(get("portal/request?type=kycReview").statusCode()).isEqualTo(403);
        assertThat(post("portal/request", "type=kycReview&customerId=C-1001&kycTrigger=Sanctions+hit&atl_token="
                + partnerToken).statusCode()).isEqualTo(403);

        RequestIntakeHttpTest risk = new RequestIntakeHttpTest();
        String riskToken = risk.signIn("aigerim");
        assertThat(risk.get("portal/request").body()).contains("request-type-kycReview")
                .doesNotContain("request-type-loyaltyClaim");
        HttpResponse<String> noBank = risk.post("portal/request", "type=kycReview&customerId=C-1001"
                + "&kycTrigger=Sanctions+hit&atl_token=" + riskToken);
        assertThat(noBank.statusCode()).isEqualTo(400);
        assertThat(noBank.body()).contains("request-partnerBank-error").doesNotContain("request-customerId-error");
        String key = risk.created("type=kycReview&partnerBank=3&customerId=C-1001&kycTrigger=Sanctions+hit"
                + "&description=Name+matched+a+sanctions+list&atl_token=" + riskToken);
        assertThat(risk.get("browse/" + key).body()).contains("<dd id=\"priority-val\">Highest</dd>", "KYC/AML review");
        assertThat(risk.get("queue").body()).contains(key + "<");

        assertThat(get("browse/" + key).statusCode()).isEqualTo(404);
        assertThat(get("queue").body()).doesNotContain(key + "<", "C-1001");
        RequestIntakeHttpTest otherAgent = new RequestIntakeHttpTest();
        otherAgent.signIn("oleh");
        assertThat(otherAgent.get("browse/" + key).statusCode()).isEqualTo(404);
        assertThat(otherAgent.get("queue").body()).doesNotContain("C-1001");
    }
}
