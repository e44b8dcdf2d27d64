package io.paydesk.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.sandbox.Sandbox;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Timur, the administrator, shortens Visa's dispute-response time limit from 30 to 20 days: the preview shows
 * 30 → 20, publishing makes revision 2. A dispute raised before keeps its date and revision 1; one raised
 * after gets the new date and revision 2.
 */
class DeadlineRulesBrowserTest {

    private static final String ARN = "7412345621000000012345" + Arn.checkDigitFor("7412345621000000012345");
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

    /** Katarzyna (her pages are in Polish) raises a Visa 13.1 dispute from the portal; the key of its request. */
    private static String raiseVisaNotReceived(Browser browser, String merchant) {
        browser.navigate("nav-raise-dispute");
        new Select(browser.driver.findElement(By.id("dispute-scheme"))).selectByValue("visa");
        type(browser, "reasonCode", "13.1");
        type(browser, "card", "4111 1111 1111 1111");
        type(browser, "amount", "349.90");
        type(browser, "currency", "PLN");
        type(browser, "transactionDate", "2026-10-20");
        type(browser, "settlementDate", "2026-10-21");
        type(browser, "merchantName", merchant);
        type(browser, "mcc", "5732");
        type(browser, "arn", ARN);
        type(browser, "description", "Never delivered.");
        browser.navigate("dispute-submit");
        return browser.text("issue-key");
    }

    @Test
    void anEditedRuleAppliesToDisputesRaisedAfterItWhileEarlierOnesKeepTheirRevision() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(sandbox.url() + "login");
            browser.navigate("login-katarzyna");
            String before = raiseVisaNotReceived(browser, "Media Expert");
            assertThat(browser.text("paydesk-dispute-due")).isEqualTo("2 gru 2026");
            browser.navigate("sign-out");

            browser.navigate("login-timur");
            browser.navigate("nav-deadlines-admin");
            assertThat(browser.text("paydesk-deadlines-current")).contains("paydesk-defaults@r1");
            WebElement table = browser.driver.findElement(By.id("paydesk-deadlines-table"));
            String edited = table.getAttribute("value").replaceAll(
                    "(?m)^(visa-dispute-response;visa;DISPUTE_RESPONSE;\\*;\\*;\\*;)30;", "$120;");
            browser.driver.executeScript("arguments[0].value = arguments[1];", table, edited);
            browser.navigate("paydesk-deadlines-preview");

            assertThat(browser.text("paydesk-deadlines-summary")).contains("revision 2").contains("1 changed");
            assertThat(browser.text("paydesk-deadlines-diff")).contains("visa-dispute-response")
                    .contains("30 → 20 calendar days");
            browser.screenshot("admin-deadline-rules-preview");
            browser.navigate("paydesk-deadlines-publish");

            assertThat(browser.text("paydesk-deadlines-notice")).startsWith("Revision 2 published");
            assertThat(browser.text("paydesk-deadlines-current")).contains("paydesk-defaults@r2");
            assertThat(browser.text("paydesk-deadlines-current-by")).isEqualTo("timur");
            assertThat(browser.driver.findElements(By.cssSelector("#paydesk-deadlines-history tbody tr"))).hasSize(2);
            assertThat(browser.driver.findElement(By.cssSelector("#paydesk-deadlines-rule-visa-dispute-response .paydesk-deadlines-days"))
                    .getText()).isEqualTo("20");
            browser.navigate("sign-out");

            browser.navigate("login-katarzyna");
            browser.driver.get(sandbox.url() + "browse/" + before);
            assertThat(browser.text("paydesk-dispute-due")).isEqualTo("2 gru 2026");
            assertThat(browser.text("paydesk-dispute-basis")).contains("paydesk-defaults@r1");

            raiseVisaNotReceived(browser, "RTV Euro AGD");
            assertThat(browser.text("paydesk-dispute-due")).isEqualTo("22 lis 2026");
            assertThat(browser.text("paydesk-dispute-basis")).contains("20").contains("paydesk-defaults@r2");
        }
    }
}
