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
import org.openqa.selenium.support.ui.Select;

/**
 * A Polish partner bank raises a Visa 13.1 dispute from the portal; an agent sees its time limit, records the
 * acquirer's response and a pre-arbitration, and sees the time limit recomputed at each step.
 */
class DisputeBrowserTest {

    private static final String ARN = "7412345621000000012345" + Arn.checkDigitFor("7412345621000000012345");
    private static final String WRONG_ARN = ARN.substring(0, 22) + (char) ('0' + (ARN.charAt(22) - '0' + 1) % 10);

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-02T09:30:00Z"));
    private static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new Sandbox(AoDatabase.inMemory(), 0, CLOCK).start();
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void aPartnerRaisesAVisaNotReceivedDisputeAndAnAgentMovesItToPreArbitration() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(sandbox.url() + "login");
            browser.navigate("login-katarzyna");
            browser.navigate("nav-raise-dispute");

            PortalDisputeForm form = new PortalDisputeForm(browser);
            form.visaNotReceived("4111 1111 1111 1112", "1349.90", LocalDate.of(2026, 10, 20), WRONG_ARN,
                    "Laptop never delivered; card 4111 1111 1111 1111 charged.").submit();

            assertThat(browser.text("dispute-card-error")).isNotBlank();
            assertThat(browser.text("dispute-arn-error")).isNotBlank();
            assertThat(browser.driver.findElements(By.cssSelector(".paydesk-portal-form .error"))).hasSize(2);
            assertThat(browser.driver.findElement(By.id("dispute-card")).getAttribute("value")).isEmpty();
            assertThat(browser.driver.findElement(By.id("dispute-merchantName")).getAttribute("value"))
                    .isEqualTo("Media Expert Arkadia");
            assertThat(browser.driver.findElement(By.id("dispute-description")).getAttribute("value"))
                    .contains("4111 11** **** 1111").doesNotContain("4111 1111 1111 1111");
            browser.screenshot("portal-dispute-form-with-errors");

            form.type("card", "4111 1111 1111 1111").type("arn", ARN).submit();

            String key = browser.text("issue-key");
            assertThat(browser.text("description-val")).doesNotContain("4111 1111 1111 1111");
            assertThat(browser.driver.findElements(By.id("paydesk-dispute-action-form"))).isEmpty();
            assertThat(browser.text("paydesk-dispute-reason")).contains("Visa 13.1");
            browser.navigate("sign-out");

            CLOCK.set(Instant.parse("2026-11-24T08:00:00Z"));
            browser.navigate("login-sarah");
            browser.driver.get(sandbox.url() + "browse/" + key);
            assertThat(browser.text("paydesk-dispute-reason")).contains("Visa 13.1")
                    .contains("Merchandise or services not received");
            assertThat(browser.text("paydesk-dispute-deadline")).contains("Dispute response");
            assertThat(browser.text("paydesk-dispute-due")).isEqualTo("Dec 2, 2026");
            assertThat(browser.text("paydesk-dispute-days-left")).isEqualTo("Days left: 8");
            assertThat(browser.driver.findElement(By.cssSelector("#paydesk-dispute .paydesk-card")).getText())
                    .isEqualTo("4111 11•• •••• 1111");

            new Select(browser.driver.findElement(By.id("paydesk-dispute-action"))).selectByValue("RESPONSE_RECEIVED");
            browser.driver.findElement(By.id("paydesk-dispute-date")).sendKeys("2026-11-10");
            browser.navigate("paydesk-dispute-record");

            assertThat(browser.text("paydesk-dispute-deadline")).contains("Pre-arbitration");
            assertThat(browser.text("paydesk-dispute-due")).isEqualTo("Dec 10, 2026");

            new Select(browser.driver.findElement(By.id("paydesk-dispute-action"))).selectByValue("PRE_ARBITRATION");
            browser.navigate("paydesk-dispute-record");

            assertThat(browser.text("paydesk-dispute-stage")).containsIgnoringCase("Pre-arbitration");
            assertThat(browser.text("paydesk-dispute-deadline")).contains("Pre-arbitration response");
            assertThat(browser.text("paydesk-dispute-due")).isEqualTo("Dec 24, 2026");
            assertThat(browser.text("paydesk-dispute-days-left")).isEqualTo("Days left: 30");
            assertThat(browser.driver.findElements(By.cssSelector("#paydesk-dispute-timeline tbody tr"))).hasSize(3);
            browser.screenshot("issue-view-dispute-panel");

            new Select(browser.driver.findElement(By.id("paydesk-dispute-action"))).selectByValue("ACQUIRER_ACCEPTED");
            browser.driver.findElement(By.id("paydesk-dispute-recovered-input")).sendKeys("9999");
            browser.navigate("paydesk-dispute-record");

            assertThat(browser.text("paydesk-dispute-errors")).contains("1349.90");
            assertThat(browser.text("paydesk-dispute-stage")).containsIgnoringCase("Pre-arbitration");
        }
    }
}
