package io.ghlsync.ops.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's chromium, headless, driven through chromedriver. Without them the browser tests are skipped with a
 * message, unless the environment variable {@value #REQUIRED_VARIABLE} is {@code required} (CI sets it in
 * {@code .ci/run}): then a missing browser fails the build instead of silently skipping.
 */
final class Browser {

    static final String REQUIRED_VARIABLE = "GHLSYNC_BROWSER_TEST";
    private static final String CHROMIUM = System.getProperty("ghlsync.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("ghlsync.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    /** Skips (or, when required, fails) the calling test class when chromium or chromedriver is missing. */
    static void requireInstalled() {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        String message = "the dashboard's browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)";
        if ("required".equals(System.getenv(REQUIRED_VARIABLE))) {
            Assertions.assertTrue(installed, message + "; " + REQUIRED_VARIABLE + "=required, so this fails");
        }
        Assumptions.assumeTrue(installed, "Skipped: " + message);
    }

    /**
     * A fresh headless chromium. The switches keep it off the network (no updates, sync or QUIC probes, which hang
     * on a closed network) and give it a profile of its own.
     */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(CHROMIUM));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1360,2400", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** The console's errors since the last call (chromium hands each entry out once). */
    static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
    }
}
