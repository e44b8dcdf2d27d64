package io.paydesk.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.host.ao.AoDatabase;
import io.paydesk.sandbox.Sandbox;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** An administrator adds a partner bank in the browser; a mistyped field is named and nothing is lost. */
class PartnerAdminBrowserTest {

    private static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new Sandbox(AoDatabase.inMemory(), 0,
                Clock.fixed(Instant.parse("2026-11-27T15:50:00Z"), ZoneOffset.UTC)).start();
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void anAdministratorCorrectsAMistypedZoneAndSavesThePartner() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(sandbox.url() + "login");
            browser.navigate("login-timur");
            browser.navigate("nav-partner-admin");
            assertThat(browser.driver.findElements(By.cssSelector("#paydesk-partners tbody tr"))).hasSize(4);

            browser.driver.findElement(By.id("organizationId")).sendKeys("9");
            browser.driver.findElement(By.id("name")).sendKeys("Kapital Card");
            browser.driver.findElement(By.id("country")).sendKeys("UZ");
            browser.driver.findElement(By.id("zone")).sendKeys("Asia/Tashkend");
            new Select(browser.driver.findElement(By.id("language"))).selectByValue("uz");
            browser.navigate("paydesk-partner-save");

            assertThat(browser.driver.findElement(By.id("paydesk-partner-errors")).isDisplayed()).isTrue();
            assertThat(browser.driver.findElement(By.cssSelector("#zone + .description + .error")).getText())
                    .startsWith("Not a known time zone");
            assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Kapital Card");
            browser.screenshot("admin-partner-form-with-error");

            browser.driver.findElement(By.id("zone")).clear();
            browser.driver.findElement(By.id("zone")).sendKeys("Asia/Tashkent");
            browser.navigate("paydesk-partner-save");

            assertThat(browser.driver.findElement(By.id("paydesk-partner-saved")).getText()).contains("Kapital Card");
            assertThat(browser.driver.findElements(By.cssSelector("#paydesk-partners tbody tr"))).hasSize(5);
            browser.screenshot("admin-partner-banks");
        }
    }
}
