package io.paydesk.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.host.ao.AoDatabase;
import io.paydesk.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A person's path through the sandbox in a real browser: sign in, open a request, see the app's panel. */
class RequestPanelBrowserTest {

    /** Friday 27 November 2026, 15:50 UTC: 16:50 in Warsaw, 20:50 in Tashkent. */
    private static final Clock FRIDAY = Clock.fixed(Instant.parse("2026-11-27T15:50:00Z"), ZoneOffset.UTC);

    private static Sandbox sandbox;
    private Browser browser;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = new Sandbox(AoDatabase.inMemory(), 0, FRIDAY).start();
    }

    @AfterAll
    static void stopSandbox() throws Exception {
        sandbox.close();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    private void signInAs(String username) {
        browser.driver.get(sandbox.url() + "login");
        browser.navigate("login-" + username);
        assertThat(browser.driver.findElement(By.id("current-user")).isDisplayed()).isTrue();
    }

    @Test
    void anAgentOpensARequestAndSeesThePartnerBankPanel() throws Exception {
        signInAs("dilnoza");
        new Select(browser.driver.findElement(By.id("language-select"))).selectByValue("en");

        List<WebElement> requests = browser.driver.findElements(By.cssSelector("#queue a.issue-link"));
        assertThat(requests).hasSizeGreaterThan(10);
        WebElement warsawRequest = browser.driver.findElements(By.xpath(
                "//table[@id='queue']//tr[td[4][normalize-space()='Bank Wiślany']]//a")).get(0);
        String key = warsawRequest.getText();
        warsawRequest.click();

        assertThat(browser.driver.findElement(By.id("issue-key")).getText()).isEqualTo(key);
        WebElement panel = browser.driver.findElement(By.id("request-context-panel"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.findElement(By.className("toggle-title")).getText()).isEqualTo("Partner bank");
        assertThat(panel.findElement(By.className("paydesk-partner-name")).getText()).isEqualTo("Bank Wiślany");
        assertThat(panel.getText()).contains("Name").contains("Poland");
        assertThat(panel.findElement(By.className("paydesk-partner-time")).getText())
                .startsWith("Fri 16:50").contains("UTC+01:00").contains("Europe/Warsaw");
        assertThat(browser.driver.findElement(By.className("paydesk-card")).getText()).matches("\\d{4} \\d{2}•• •••• \\d{4}");
        Path shot = browser.screenshot("agent-sees-partner-bank-panel");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void aPartnerBankUserSeesOnlyTheirOwnOrganizationsRequests() throws Exception {
        signInAs("katarzyna");

        List<String> organizations = browser.driver.findElements(By.cssSelector("#queue tbody tr td:nth-child(4)"))
                .stream().map(WebElement::getText).distinct().toList();
        assertThat(organizations).containsExactly("Bank Wiślany");

        for (int i = 1; i <= 40; i++) {
            browser.driver.get(sandbox.url() + "browse/PAY-" + i);
            if (!browser.driver.findElements(By.id("not-found")).isEmpty()) {
                browser.screenshot("partner-cannot-open-another-banks-request");
                return;
            }
            assertThat(browser.driver.findElement(By.cssSelector(".paydesk-partner-name")).getText())
                    .isEqualTo("Bank Wiślany");
        }
        throw new AssertionError("every sample request belongs to Bank Wiślany: the sample data is not mixed");
    }
}
