package io.ghlsync.ops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.ghlsync.SyncAppTest;
import io.ghlsync.ops.AdminHttp;
import io.ghlsync.ops.DeadLetter;
import io.ghlsync.ops.DeadLetterStore;
import io.ghlsync.ops.FailingFlow;

/**
 * The dashboard in a real headless chromium, against the whole app in sandbox mode: it signs in, shows numbers that
 * change while the simulator acts, replays a dead letter with a click, previews a mapping, and logs no console error.
 * Saves the screenshot README shows (target/dashboard.png; docs/dashboard.png with -Ddashboard.screenshot=docs).
 */
@SyncAppTest
class DashboardBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path profile;

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    DeadLetterStore deadLetters;

    @Autowired
    JdbcTemplate jdbc;

    private FailingFlow flow;

    @BeforeAll
    static void startBrowser() {
        Browser.requireInstalled();
        browser = Browser.start(profile);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void failingFlow() throws Exception {
        flow = FailingFlow.start(camel, "dashboard-demo");
        flow.send(producer, "contact-7", "evt-browser-1", Map.of("email", "ava@example.com"));
    }

    @AfterEach
    void noConsoleErrors() throws Exception {
        flow.close();
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void thePageShowsLiveNumbersThatChangeWhenTheSimulatorActs() throws Exception {
        new Snapshots(jdbc).realisticSpread();
        signIn();
        await().atMost(PATIENCE).until(() -> isNumber(text("tile-events")));
        long before = Long.parseLong(text("tile-events"));

        browser.findElement(By.id("sim-create")).click();

        // The simulator sends HighLevel's signed ContactCreate webhook; the inbox stores it; the page refreshes.
        await().atMost(PATIENCE).until(() -> isNumber(text("tile-events")) && Long.parseLong(text("tile-events")) > before);
        assertThat(text("activity")).contains("Created contact");
        assertThat(browser.findElement(By.id("flows")).getText()).contains(flow.id(), "dashboard-demo", "running");
        assertThat(browser.findElement(By.id("locations")).getText()).contains("sandbox-location");
        browser.findElement(By.id("sim-note")).click();
        await().atMost(PATIENCE).until(() -> text("activity").contains("Added a note"));
        await().atMost(PATIENCE).until(() -> browser.findElements(By.cssSelector("#chart-sources canvas")).size() == 1);
        saveScreenshot();
    }

    @Test
    void aReplayClickResolvesADeadLetter() {
        long id = deadLetters.list(flow.id(), flow.location(), null, 0, 1).get(0).id();
        signIn();
        By replay = By.cssSelector("button.replay[data-id='" + id + "']");
        await().atMost(PATIENCE).until(() -> !browser.findElements(replay).isEmpty());
        flow.accept();

        browser.findElement(replay).click();

        await().atMost(PATIENCE).until(() -> text("activity").contains("Dead letter " + id + ": resolved"));
        assertThat(deadLetters.find(id)).get().extracting(DeadLetter::status).isEqualTo(DeadLetter.RESOLVED);
        assertThat(flow.delivered()).containsExactly(Map.of("email", "ava@example.com"));
        await().atMost(PATIENCE).until(() -> browser.findElements(replay).isEmpty());
    }

    @Test
    void theMappingPreviewMapsTheBundledSample() {
        signIn();
        await().atMost(PATIENCE).until(() -> browser.findElements(By.cssSelector("#map-template option")).size() > 0);

        browser.findElement(By.id("map-sample")).click();
        await().atMost(PATIENCE).until(() -> !browser.findElement(By.id("map-input")).getDomProperty("value").isBlank());
        browser.findElement(By.cssSelector("#mapping-form button[type=submit]")).click();

        await().atMost(PATIENCE).until(() -> !text("map-output").isBlank());
        assertThat(text("map-output")).startsWith("{");
        assertThat(browser.findElements(By.cssSelector("#map-warnings li"))).isNotEmpty();
    }

    @Test
    void beforeSignInThePageShowsOnlyTheLoginForm() {
        openSignedOut();

        await().atMost(PATIENCE).until(() -> browser.findElement(By.id("login")).isDisplayed());
        assertThat(browser.findElement(By.id("dashboard")).isDisplayed()).isFalse();
        assertThat(browser.getPageSource()).doesNotContain(AdminHttp.TOKEN, "sandbox-token", "sandbox-client-secret");
    }

    /**
     * Opens the page with no token in the tab. The token is forgotten on a page without the dashboard's scripts first:
     * forgetting it under a running dashboard would let its next refresh go out without one (a 401 in the console).
     */
    private void openSignedOut() {
        browser.get("http://127.0.0.1:" + port + "/dashboard/dashboard.css");
        browser.executeScript("sessionStorage.clear()");
        browser.get("http://127.0.0.1:" + port + "/");
    }

    private void signIn() {
        openSignedOut();
        await().atMost(PATIENCE).until(() -> browser.findElement(By.id("token")).isDisplayed());
        browser.findElement(By.id("token")).sendKeys(AdminHttp.TOKEN);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        await().atMost(PATIENCE).until(() -> browser.findElement(By.id("dashboard")).isDisplayed());
    }

    private String text(String id) {
        WebElement element = browser.findElement(By.id(id));
        return element.getText().trim();
    }

    private static boolean isNumber(String text) {
        return text.matches("\\d+");
    }

    /**
     * Into target/ on every run; into docs/ (README's picture) only when asked with {@code -Ddashboard.screenshot=docs},
     * so that running the tests leaves the working tree unchanged.
     */
    private void saveScreenshot() throws Exception {
        Path folder = Path.of(System.getProperty("dashboard.screenshot", "target"));
        if (Files.isDirectory(folder)) {
            Files.write(folder.resolve("dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }

}
