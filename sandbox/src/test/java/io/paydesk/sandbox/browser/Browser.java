package io.paydesk.sandbox.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver; nothing is downloaded. Install both with
 * {@code apt-get install chromium chromium-driver} ({@code ./paydesk test} does it when they are missing).
 */
final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File(System.getProperty("paydesk.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("paydesk.chromedriver", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    private final Path profile;

    Browser() throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver");
        }
        profile = Files.createTempDirectory("paydesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    /** Clicks {@code id} and waits for the next page, so no check reads the page being left. */
    void navigate(String id) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(id)).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(page));
    }

    /**
     * Whether the element left the document. Chromium reports a node of a page being replaced either as stale
     * or, while the old document is torn down, as a node that "does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException tornDown) {
            if (String.valueOf(tornDown.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw tornDown;
        }
    }

    /** The visible text of the element with {@code id}. */
    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Saves what the browser shows under the build output. */
    Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("paydesk.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

}
