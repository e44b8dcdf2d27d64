package io.paydesk.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A Polish partner bank's clerk raises a loyalty claim from the portal's request form, mistypes the transaction
 * reference, reads why under the field in Polish, fixes it and lands on the created request.
 */
class LoyaltyClaimBrowserTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-24T09:30:00Z"));
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
        WebElement input = browser.driver.findElement(By.id("request-" + field));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void katarzynaFixesAMistypedRrnAndSeesHerLoyaltyClaimCreated() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(sandbox.url() + "login");
            browser.navigate("login-katarzyna");
            browser.navigate("nav-raise-request");
            assertThat(browser.driver.findElements(By.id("request-type-kycReview"))).isEmpty();
            browser.navigate("request-type-loyaltyClaim");

            assertThat(browser.text("request-type-name")).isEqualTo("Zgłoś brakujące punkty");
            new Select(browser.driver.findElement(By.id("request-loyaltyKind"))).selectByValue("Missing accrual");
            type(browser, "loyaltyAccount", "LOY-2041-77");
            type(browser, "rrn", "63141234567");
            type(browser, "points", "1200");
            // A date input's typing order follows the browser's locale; its value is always ISO.
            browser.driver.executeScript("arguments[0].value = arguments[1]",
                    browser.driver.findElement(By.id("request-transactionDate")), "2026-11-20");
            type(browser, "description", "Brak punktów za zakupy kartą 4111 1111 1111 1111.");
            browser.navigate("request-submit");

            assertThat(browser.text("request-rrn-error")).startsWith("Wpisz RRN transakcji: dokładnie 12 cyfr");
            assertThat(browser.driver.findElements(By.cssSelector(".paydesk-portal-form .error"))).hasSize(1);
            assertThat(browser.driver.findElement(By.id("request-rrn")).getAttribute("value")).isEqualTo("63141234567");
            assertThat(browser.driver.findElement(By.id("request-loyaltyAccount")).getAttribute("value"))
                    .isEqualTo("LOY-2041-77");
            assertThat(browser.driver.findElement(By.id("request-transactionDate")).getAttribute("value"))
                    .isEqualTo("2026-11-20");
            assertThat(browser.driver.findElement(By.id("request-description")).getAttribute("value"))
                    .doesNotContain("4111 1111 1111 1111");
            browser.screenshot("portal-loyalty-claim");

            type(browser, "rrn", "631412345678");
            browser.navigate("request-submit");

            assertThat(browser.text("issue-key")).startsWith("PAY-");
            assertThat(browser.text("summary-val")).isEqualTo("Loyalty claim · LOY-2041-77");
            assertThat(browser.text("request-type-val")).isEqualTo("Loyalty claim");
            assertThat(browser.text("description-val")).startsWith("Brak punktów za zakupy kartą")
                    .doesNotContain("4111 1111 1111 1111");
        }
    }
}
