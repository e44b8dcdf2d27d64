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

/**
 * An administrator previews Paydesk's setup of the service-desk project, installs it, and installs it again:
 * the second run has nothing to create.
 */
class ProjectSetupBrowserTest {

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
    void previewThenInstallThenInstallAgainCreatesNothingTheSecondTime() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get(sandbox.url() + "login");
            browser.navigate("login-timur");
            browser.navigate("nav-setup-admin");
            assertThat(browser.driver.findElements(By.id("paydesk-setup-steps"))).isEmpty();

            new Select(browser.driver.findElement(By.id("paydesk-setup-project"))).selectByValue("PAY");
            browser.navigate("paydesk-setup-preview");

            assertThat(browser.driver.findElement(By.id("paydesk-setup-summary")).getText())
                    .startsWith("Nothing has changed yet. To create:");
            assertThat(browser.driver.findElement(By.id("paydesk-setup-steps")).getText())
                    .contains("Payment dispute", "Transaction reference (RRN)", "Select list",
                            "Screen scheme of the issue type in the project",
                            "PAY: Jira Service Management Issue Type Screen Scheme");
            assertThat(browser.driver.findElements(By.cssSelector("#paydesk-setup-steps .aui-lozenge-success")))
                    .isNotEmpty();
            browser.screenshot("admin-project-setup-preview");

            new Select(browser.driver.findElement(By.id("paydesk-setup-portal-group"))).selectByValue("General");
            browser.navigate("paydesk-setup-install");

            assertThat(browser.driver.findElement(By.id("paydesk-setup-summary")).getText())
                    .startsWith("Created:").contains("Failed: 0");
            assertThat(browser.driver.findElements(By.cssSelector("#paydesk-setup-steps .aui-lozenge-success")))
                    .isNotEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("#paydesk-setup-steps .aui-lozenge-error")))
                    .isEmpty();
            browser.screenshot("admin-project-setup-report");

            browser.navigate("paydesk-setup-install");

            assertThat(browser.driver.findElement(By.id("paydesk-setup-nothing")).getText())
                    .startsWith("Nothing to create");
            assertThat(browser.driver.findElements(By.cssSelector("#paydesk-setup-steps .aui-lozenge-success")))
                    .isEmpty();
            assertThat(browser.driver.findElements(By.id("paydesk-setup-install"))).isEmpty();
        }
    }
}
