package io.paydesk.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.sandbox.Sandbox;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Bank Wiślany raises a request on Friday at 16:50 Warsaw time. Its contract gives four business hours to the
 * first response on Warsaw office hours (09:00–17:00, Monday to Friday), so ten minutes count on Friday and
 * the rest on Monday: the agent in London sees it due on Monday at 11:50 her time, 12:50 the partner's. On
 * Monday the agent asks the customer for documents, and the clocks stand still, saying why; her comment then
 * meets the first-response goal while the resolution clock keeps waiting.
 */
class SlaBrowserTest {

    private static final String ARN = "7412345621000000012345" + Arn.checkDigitFor("7412345621000000012345");
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-27T15:50:00Z"));
    private static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new Sandbox(AoDatabase.inMemory(), 0, CLOCK).start();
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
    }

    private static String clock(Browser browser, String goal, String part) {
        return browser.driver.findElement(By.cssSelector("#paydesk-sla-" + goal + " ." + part)).getText();
    }

    @Test
    void aFridayEveningRequestFromWarsawFallsDueOnMondayPausesWhileWaitingForTheCustomerAndTheAgentsCommentMeetsTheFirstResponse() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(sandbox.url() + "login");
            browser.navigate("login-katarzyna");
            browser.navigate("nav-raise-dispute");
            new PortalDisputeForm(browser).visaNotReceived("4111 1111 1111 1111", "459.00", LocalDate.of(2026, 11, 10),
                    ARN, "Headphones ordered online never arrived.").submit();
            String key = browser.text("issue-key");
            browser.navigate("sign-out");

            CLOCK.set(Instant.parse("2026-11-27T16:30:00Z"));
            browser.navigate("login-sarah");
            browser.driver.get(sandbox.url() + "browse/" + key);

            assertThat(browser.text("paydesk-sla-partner-time")).contains("Bank Wiślany").contains("Fri 17:30");
            assertThat(browser.driver.findElement(By.id("paydesk-sla-first-response")).getAttribute("data-state"))
                    .isEqualTo("running");
            assertThat(clock(browser, "first-response", "paydesk-sla-due"))
                    .startsWith("Mon, Nov 30, 2026, 11:50").endsWith("(Europe/London)");
            assertThat(clock(browser, "first-response", "paydesk-sla-due-partner"))
                    .startsWith("Mon, Nov 30, 2026, 12:50").endsWith("(Europe/Warsaw)");
            assertThat(clock(browser, "first-response", "paydesk-sla-remaining")).isEqualTo("3 h 50 min");
            assertThat(clock(browser, "first-response", "paydesk-sla-calendar"))
                    .startsWith("pl-warsaw (Europe/Warsaw), closed now");
            assertThat(clock(browser, "resolution", "paydesk-sla-due-partner")).startsWith("Tue, Dec 1, 2026, 4:50");
            browser.screenshot("issue-view-sla-panel");

            CLOCK.set(Instant.parse("2026-11-30T09:00:00Z"));
            new Select(browser.driver.findElement(By.id("transition-status"))).selectByValue("Waiting for customer");
            browser.navigate("transition-submit");

            assertThat(browser.text("status-val")).isEqualToIgnoringCase("Waiting for customer");
            WebElement first = browser.driver.findElement(By.id("paydesk-sla-first-response"));
            assertThat(first.getAttribute("data-state")).isEqualTo("paused");
            assertThat(clock(browser, "first-response", "paydesk-sla-state")).isEqualToIgnoringCase("Paused");
            assertThat(clock(browser, "first-response", "paydesk-sla-state-text"))
                    .startsWith("Paused since Mon, Nov 30, 2026, 9:00").endsWith("Waiting for customer documents");
            assertThat(first.findElements(By.className("paydesk-sla-due"))).isEmpty();
            assertThat(clock(browser, "first-response", "paydesk-sla-elapsed")).isEqualTo("1 h 10 min");
            assertThat(clock(browser, "first-response", "paydesk-sla-remaining")).isEqualTo("2 h 50 min");
            assertThat(browser.driver.findElement(By.id("paydesk-sla-resolution")).getAttribute("data-state"))
                    .isEqualTo("paused");
            browser.screenshot("issue-view-sla-panel-paused");

            CLOCK.set(Instant.parse("2026-11-30T09:20:00Z"));
            type(browser, "comment-text", "Please send the courier's delivery confirmation. Card 4111 1111 1111 1111.");
            browser.navigate("comment-submit");

            assertThat(browser.text("comments")).contains("Sarah Mitchell").contains("4111 11** **** 1111")
                    .doesNotContain("4111 1111 1111 1111");
            assertThat(browser.driver.findElement(By.id("paydesk-sla-first-response")).getAttribute("data-state"))
                    .isEqualTo("met");
            assertThat(clock(browser, "first-response", "paydesk-sla-state-text"))
                    .startsWith("Met on Mon, Nov 30, 2026, 9:20");
            assertThat(browser.driver.findElement(By.id("paydesk-sla-resolution")).getAttribute("data-state"))
                    .isEqualTo("paused");
        }
    }

    @Test
    void theAdministratorPreviewsAFasterDisputeContractForBankWislanyWithoutSavingIt() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(sandbox.url() + "login");
            browser.navigate("login-timur");
            browser.navigate("nav-sla-admin");
            assertThat(browser.text("paydesk-sla-calendars")).contains("pl-warsaw").contains("Europe/Warsaw");
            assertThat(browser.text("paydesk-sla-policies")).contains("wislany-standard");

            type(browser, "policy-id", "wislany-premium");
            type(browser, "policy-name", "Bank Wiślany premium");
            new Select(browser.driver.findElement(By.id("policy-partner"))).selectByValue("3");
            type(browser, "policy-requestType", "Payment dispute");
            type(browser, "policy-firstResponse", "2h");
            type(browser, "policy-resolution", "8h");
            type(browser, "policy-partnerUpdate", "4h");
            new Select(browser.driver.findElement(By.id("policy-calendar"))).selectByValue("pl-warsaw");
            type(browser, "policy-pauses", "Waiting for customer | customer-documents | Waiting for customer documents");
            type(browser, "policy-thresholds", "50, 75, 90");
            browser.navigate("paydesk-sla-preview-button");

            assertThat(browser.text("paydesk-sla-preview")).contains("Europe/Warsaw");
            assertThat(browser.text("paydesk-sla-policies")).doesNotContain("wislany-premium");
            browser.screenshot("admin-sla");
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
