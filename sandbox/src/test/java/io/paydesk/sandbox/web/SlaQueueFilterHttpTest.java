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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agents' queue filtered by SLA state, the search the JQL function {@code paydeskSla} makes in Jira: the
 * sample requests whose resolution clock runs are found as running, and once their breach instants pass and
 * the scheduled job has run, as breached and no longer as running.
 */
class SlaQueueFilterHttpTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");
    private static final Pattern KEY = Pattern.compile("class=\"issue-link\">([A-Z]+-[0-9]+)<");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private Sandbox sandbox;

    @BeforeEach
    void start() throws Exception {
        sandbox = new Sandbox(AoDatabase.inMemory(), 0, clock).start();
    }

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String username) throws Exception {
        Matcher token = TOKEN.matcher(get("login").body());
        assertThat(token.find()).isTrue();
        client.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&atl_token=" + token.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> keys(String query) throws Exception {
        HttpResponse<String> response = get("queue?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        for (Matcher m = KEY.matcher(response.body()); m.find(); ) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void aRunningRequestIsFoundAsBreachedOnceItsBreachInstantPassesAndNoLongerAsRunning() throws Exception {
        signIn("sarah");
        List<String> running = keys("sla=running&goal=resolution");
        assertThat(running).as("sample requests of Bank Wiślany with a running resolution clock").isNotEmpty();
        assertThat(keys("sla=breached&goal=resolution")).doesNotContainAnyElementsOf(running);
        assertThat(keys("")).containsAll(running).hasSizeGreaterThan(running.size());

        now.set(now.get().plus(Duration.ofDays(30)));
        sandbox.runDueJobs();

        assertThat(keys("sla=breached&goal=resolution")).containsAll(running);
        assertThat(keys("sla=running&goal=resolution")).doesNotContainAnyElementsOf(running);
    }

    @Test
    void aWrongStateOrGoalIsRefusedByNameInTheViewersLanguage() throws Exception {
        signIn("sarah");

        HttpResponse<String> late = get("queue?sla=late&goal=resolution");

        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("The SLA state (first argument) “late” is not known: use one of running,"
                + " paused, met, breached, warned.").doesNotContain("class=\"issue-link\"");

        signIn("marek");
        HttpResponse<String> soon = get("queue?sla=breached&goal=soon");

        assertThat(soon.statusCode()).isEqualTo(400);
        assertThat(soon.body()).contains("Cel SLA (drugi argument) „soon” jest nieznany");
    }
}
