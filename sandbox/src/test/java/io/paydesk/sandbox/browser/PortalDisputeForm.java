package io.paydesk.sandbox.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The partner portal's dispute form, typed into field by field as a partner bank's clerk does. */
final class PortalDisputeForm {

    private final Browser browser;

    PortalDisputeForm(Browser browser) {
        this.browser = browser;
    }

    /** Replaces what the field {@code dispute-<field>} holds with {@code text}. */
    PortalDisputeForm type(String field, String text) {
        WebElement input = browser.driver.findElement(By.id("dispute-" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /**
     * A Visa 13.1 dispute (merchandise or services not received) over a laptop shop's charge in złoty: settled
     * the day after the purchase, expected a week after it.
     */
    PortalDisputeForm visaNotReceived(String card, String amount, LocalDate purchased, String arn, String description) {
        new Select(browser.driver.findElement(By.id("dispute-scheme"))).selectByValue("visa");
        return type("reasonCode", "13.1")
                .type("card", card)
                .type("amount", amount)
                .type("currency", "PLN")
                .type("transactionDate", purchased.toString())
                .type("settlementDate", purchased.plusDays(1).toString())
                .type("expectedServiceDate", purchased.plusDays(7).toString())
                .type("merchantName", "Media Expert Arkadia")
                .type("mcc", "5732")
                .type("arn", arn)
                .type("description", description);
    }

    void submit() {
        browser.navigate("dispute-submit");
    }
}
