package io.paydesk.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.host.ao.AoDatabase;
import io.paydesk.sandbox.Sandbox;
import io.paydesk.sandbox.sample.SampleSla;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SLA calendars and policies page over HTTP: who may use it, bad fields named, preview, versions, export and import. */
class SlaAdminHttpTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");
    private static final String PAGE = "plugins/servlet/paydesk/admin/sla";
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

    private HttpResponse<String> post(String path, String... pairs) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String path) throws Exception {
        Matcher m = TOKEN.matcher(get(path).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String signIn(String username) throws Exception {
        assertThat(post("login", "username", username, "atl_token", token("login")).statusCode()).isEqualTo(302);
        return token(PAGE);
    }

    @Test
    void theAdministratorSeesTheSampleCalendarsAndPoliciesWithAPreview() throws Exception {
        signIn("timur");

        String page = get(PAGE).body();

        assertThat(page).contains("pl-warsaw", "uz-tashkent", "ua-kyiv", "kz-almaty", "24x7", "Europe/Warsaw");
        assertThat(page).contains("data-policy=\"" + SampleSla.WISLANY + "\"", "Bank Wiślany standard",
                "Waiting for customer (Waiting for customer documents)");
        assertThat(page).contains("If a request were created now", "Resolution would be due at", "Europe/Warsaw",
                "Asia/Tashkent");
    }

    @Test
    void anAgentIsForbiddenAndAForgedTokenChangesNothing() throws Exception {
        assertThat(post("login", "username", "oleh", "atl_token", token("login")).statusCode()).isEqualTo(302);
        assertThat(get(PAGE).statusCode()).isEqualTo(403);
        assertThat(get(PAGE + "?export=json").statusCode()).isEqualTo(403);

        HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = admin.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = TOKEN.matcher(loginPage);
        assertThat(m.find()).isTrue();
        admin.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=timur&atl_token=" + m.group(1))).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> forged = admin.send(HttpRequest.newBuilder(URI.create(sandbox.url() + PAGE))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=calendar&name=forged-cal&zone=Europe%2FWarsaw"
                        + "&hours.MONDAY=09%3A00-17%3A00&atl_token=forged")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(admin.send(HttpRequest.newBuilder(URI.create(sandbox.url() + PAGE)).build(),
                HttpResponse.BodyHandlers.ofString()).body()).doesNotContain("forged-cal");
    }

    @Test
    void aMistypedCalendarIsNamedUnderItsFieldsAndTheCorrectedOneIsSaved() throws Exception {
        String token = signIn("timur");

        HttpResponse<String> bad = post(PAGE, "atl_token", token, "action", "calendar", "name", "gb-london",
                "zone", "Europe/Londres", "hours.MONDAY", "09:00-17:00", "hours.TUESDAY", "17:00-09:00",
                "country", "GB", "years", "2026");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("data-field=\"zone\"", "Not a known time zone", "value=\"Europe/Londres\"",
                "data-field=\"hours.TUESDAY\"", "must end after they start", "value=\"17:00-09:00\"");
        assertThat(get(PAGE).body()).doesNotContain("data-calendar=\"gb-london\"");

        HttpResponse<String> good = post(PAGE, "atl_token", token, "action", "calendar", "name", "gb-london",
                "zone", "Europe/London", "hours.MONDAY", "09:00-17:00", "hours.TUESDAY", "09:00-17:00",
                "country", "GB", "years", "2026", "workingDays", "2026-03-07 10:00-14:00");

        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(good.headers().firstValue("Location").orElseThrow()).contains("recomputed=");
        assertThat(get(PAGE + "?calendarSaved=gb-london").body()).contains("data-calendar=\"gb-london\"",
                "Calendar gb-london saved.");
    }

    @Test
    void theAdministratorRecomputesEveryTimedRequestAndOnlyWithTheToken() throws Exception {
        String token = signIn("timur");

        assertThat(post(PAGE, "atl_token", "forged", "action", "recompute").statusCode()).isEqualTo(403);
        HttpResponse<String> recomputed = post(PAGE, "atl_token", token, "action", "recompute");

        assertThat(recomputed.statusCode()).isEqualTo(302);
        String location = recomputed.headers().firstValue("Location").orElseThrow();
        int count = Integer.parseInt(location.substring(location.indexOf("recomputed=") + "recomputed=".length()));
        assertThat(count).isGreaterThanOrEqualTo(40);
        assertThat(get(PAGE + "?recomputed=" + count).body())
                .contains("The SLA clocks of " + count + " requests were computed again.");
    }

    @Test
    void aBadGoalIsNamedAndAChangedPolicyBecomesVersionTwoWithTheFirstInItsHistory() throws Exception {
        String token = signIn("timur");
        String[] dnipro = {"action", "policy", "id", "dnipro-standard", "name", "Dnipro Payments standard",
                "partner", "2", "firstResponse", "2 hours", "resolution", "16h", "partnerUpdate", "4h",
                "calendar", "ua-kyiv", "pauses", "Waiting for customer | customer-documents | Waiting for customer documents",
                "thresholds", "50, 75, 90", "atl_token", token};

        HttpResponse<String> bad = post(PAGE, dnipro);

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("data-field=\"firstResponse\"", "hours and minutes", "value=\"2 hours\"");

        dnipro[9] = "1h 30m";
        HttpResponse<String> preview = post(PAGE, replace(dnipro, "policy", "preview"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"paydesk-sla-preview\"", "First response would be due at", "Europe/Kyiv");
        assertThat(get(PAGE).body()).doesNotContain("1h 30m on ua-kyiv");

        HttpResponse<String> published = post(PAGE, dnipro);
        assertThat(published.headers().firstValue("Location").orElse("")).endsWith("published=dnipro-standard&version=2");
        String page = get(PAGE + "?published=dnipro-standard&version=2").body();
        assertThat(page).contains("Policy dnipro-standard published as version 2.", "First response: 1h 30m on ua-kyiv",
                "Earlier versions", "v1, since");
    }

    @Test
    void theExportImportsBackWithoutChangingAnythingAndABrokenDocumentIsNamedByPath() throws Exception {
        String token = signIn("timur");
        HttpResponse<String> export = get(PAGE + "?export=json");
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("paydesk-sla.json");
        assertThat(export.body()).startsWith("{\n  \"format\": \"paydesk-sla/1\"").contains("\"" + SampleSla.WISLANY + "\"");

        HttpResponse<String> again = post(PAGE, "atl_token", token, "action", "import", "document", export.body());
        assertThat(again.headers().firstValue("Location").orElse("")).endsWith("imported=0&versions=0");

        String broken = export.body().replaceFirst("\"target\": \"4h\"", "\"target\": \"4 hours\"");
        HttpResponse<String> refused = post(PAGE, "atl_token", token, "action", "import", "document", broken);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"paydesk-sla-import-errors\"", "policies[0].goals.RESOLUTION.target",
                "(found: 4 hours)", "Nothing was imported");
        assertThat(get(PAGE + "?export=json").body()).isEqualTo(export.body());
    }

    private static String[] replace(String[] pairs, String from, String to) {
        String[] copy = pairs.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i].equals(from)) {
                copy[i] = to;
            }
        }
        return copy;
    }
}
