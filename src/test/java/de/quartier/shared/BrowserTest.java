package de.quartier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import de.quartier.QuartierTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of every browser test: Playwright drives Debian's Chromium ({@code /usr/bin/chromium}, or
 * {@code QUARTIER_CHROMIUM}) against the running application, and {@link #open} checks each page with axe-core
 * for WCAG 2.1 AA violations. Tagged {@code browser}: {@code -DskipBrowserTests=true} leaves them out.
 */
@QuartierTest
@Tag("browser")
public abstract class BrowserTest {

    public static final String DEMO_PASSWORD = "quartier-demo";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() {
        Path chromium = Path.of(System.getenv().getOrDefault("QUARTIER_CHROMIUM", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as("Chromium at %s (apt-get install chromium, or -DskipBrowserTests=true)", chromium)
                .isTrue();
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page, fails on an HTTP error status, and checks it with axe. */
    protected Page open(String path) {
        var response = page.navigate(url(path));
        assertThat(response.status()).as("status of %s", path).isLessThan(400);
        assertAccessible();
        return page;
    }

    /**
     * Zero axe violations of the WCAG 2.1 A/AA rules on the page as it is now. Legacy mode runs axe once inside the
     * page (our pages have no cross-origin frames) instead of per frame plus a second blank page to merge the
     * results: the same rules, a third of the time (≈ 0.3 s instead of 0.9 s per page).
     */
    protected void assertAccessible() {
        AxeResults results =
                new AxeBuilder(page).withTags(WCAG).setLegacyMode(true).analyze();
        assertThat(results.getViolations())
                .as("axe violations on %s:%n%s", page.url(), describe(results.getViolations()))
                .isEmpty();
    }

    protected void phone() {
        page.setViewportSize(360, 740);
    }

    protected void desktop() {
        page.setViewportSize(1280, 900);
    }

    protected void login(String email) {
        login(email, DEMO_PASSWORD);
    }

    protected void login(String email, String password) {
        open("/login");
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Anmelden"))
                .click();
        page.waitForLoadState();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " -> "
                        + v.getNodes().stream().map(n -> n.getHtml()).limit(3).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"));
    }
}
