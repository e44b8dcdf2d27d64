package io.paydesk.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.sandbox.Sandbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    private static void type(Browser browser, String field, String text) {
        WebElement input = browser.driver.findElement(By.id("dispute-" + field));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks {@code id} and waits for the next page, so no check reads the page being left. */
    private static void navigate(Browser browser, String id) {
        WebElement page = browser.driver.findElement(By.tagName("html"));
        browser.driver.findElement(By.id(id)).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    private static String text(Browser browser, String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    @Test
    void aPartnerRaisesAVisaNotReceivedDisputeAndAnAgentMovesItToPreArbitration() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(sandbox.url() + "login");
            navigate(browser, "login-katarzyna");
            navigate(browser, "nav-raise-dispute");

            new Select(browser.driver.findElement(By.id("dispute-scheme"))).selectByValue("visa");
            type(browser, "reasonCode", "13.1");
            type(browser, "card", "4111 1111 1111 1112");
            type(browser, "amount", "1349.90");
            type(browser, "currency", "PLN");
            type(browser, "transactionDate", "2026-10-20");
            type(browser, "settlementDate", "2026-10-21");
            type(browser, "expectedServiceDate", "2026-10-27");
            type(browser, "merchantName", "Media Expert Arkadia");
            type(browser, "mcc", "5732");
            type(browser, "arn", WRONG_ARN);
            type(browser, "description", "Laptop never delivered; card 4111 1111 1111 1111 charged.");
            navigate(browser, "dispute-submit");

            assertThat(text(browser, "dispute-card-error")).isNotBlank();
            assertThat(text(browser, "dispute-arn-error")).isNotBlank();
            assertThat(browser.driver.findElements(By.cssSelector(".paydesk-portal-form .error"))).hasSize(2);
            assertThat(browser.driver.findElement(By.id("dispute-card")).getAttribute("value")).isEmpty();
            assertThat(browser.driver.findElement(By.id("dispute-merchantName")).getAttribute("value"))
                    .isEqualTo("Media Expert Arkadia");
            assertThat(browser.driver.findElement(By.id("dispute-description")).getAttribute("value"))
                    .contains("4111 11** **** 1111").doesNotContain("4111 1111 1111 1111");
            browser.screenshot("portal-dispute-form-with-errors");

            type(browser, "card", "4111 1111 1111 1111");
            type(browser, "arn", ARN);
            navigate(browser, "dispute-submit");

            String key = text(browser, "issue-key");
            assertThat(text(browser, "description-val")).doesNotContain("4111 1111 1111 1111");
            assertThat(browser.driver.findElements(By.id("paydesk-dispute-action-form"))).isEmpty();
            assertThat(text(browser, "paydesk-dispute-reason")).contains("Visa 13.1");
            navigate(browser, "sign-out");

            CLOCK.set(Instant.parse("2026-11-24T08:00:00Z"));
            navigate(browser, "login-sarah");
            browser.driver.get(sandbox.url() + "browse/" + key);
            assertThat(text(browser, "paydesk-dispute-reason")).contains("Visa 13.1")
                    .contains("Merchandise or services not received");
            assertThat(text(browser, "paydesk-dispute-deadline")).contains("Dispute response");
            assertThat(text(browser, "paydesk-dispute-due")).isEqualTo("Dec 2, 2026");
            assertThat(text(browser, "paydesk-dispute-days-left")).isEqualTo("Days left: 8");
            assertThat(browser.driver.findElement(By.cssSelector("#paydesk-dispute .paydesk-card")).getText())
                    .isEqualTo("4111 11•• •••• 1111");

            new Select(browser.driver.findElement(By.id("paydesk-dispute-action"))).selectByValue("RESPONSE_RECEIVED");
            browser.driver.findElement(By.id("paydesk-dispute-date")).sendKeys("2026-11-10");
            navigate(browser, "paydesk-dispute-record");

            assertThat(text(browser, "paydesk-dispute-deadline")).contains("Pre-arbitration");
            assertThat(text(browser, "paydesk-dispute-due")).isEqualTo("Dec 10, 2026");

            new Select(browser.driver.findElement(By.id("paydesk-dispute-action"))).selectByValue("PRE_ARBITRATION");
            navigate(browser, "paydesk-dispute-record");

            assertThat(text(browser, "paydesk-dispute-stage")).containsIgnoringCase("Pre-arbitration");
            assertThat(text(browser, "paydesk-dispute-deadline")).contains("Pre-arbitration response");
            assertThat(text(browser, "paydesk-dispute-due")).isEqualTo("Dec 24, 2026");
            assertThat(text(browser, "paydesk-dispute-days-left")).isEqualTo("Days left: 30");
            assertThat(browser.driver.findElements(By.cssSelector("#paydesk-dispute-timeline tbody tr"))).hasSize(3);
            browser.screenshot("issue-view-dispute-panel");

            new Select(browser.driver.findElement(By.id("paydesk-dispute-action"))).selectByValue("ACQUIRER_ACCEPTED");
            browser.driver.findElement(By.id("paydesk-dispute-recovered-input")).sendKeys("9999");
            navigate(browser, "paydesk-dispute-record");

            assertThat(text(browser, "paydesk-dispute-errors")).contains("1349.90");
            assertThat(text(browser, "paydesk-dispute-stage")).containsIgnoringCase("Pre-arbitration");
        }
    }

    /** The sandbox's clock, moved forward by the test as days pass. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MovableClock outer = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return outer.withZone(other);
                }

                @Override
                public Instant instant() {
                    return outer.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
