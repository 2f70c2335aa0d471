package org.dueregard.checks;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.io.FileUtils;
import org.dueregard.Problem.Severity;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One headless Chromium, reused for every page: axe-core plus our own reflow, text-spacing and accessibility-tree
 * checks. Started from Debian's chromium and chromedriver with every network lookup except localhost blocked.
 * chromedriver starts the browser; the check opens each page and runs its checks over the DevTools protocol straight
 * to the page ({@link DevToolsSocket}).
 */
public final class BrowserSession implements AutoCloseable {

    /** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices (heading order, landmarks). */
    public static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    // Each a function body (ending in return), run as a script of its own through the DevTools protocol.
    private static final String REFLOW_SCRIPT = "(() => {\n" + resource("reflow.js") + "\n})()";
    private static final String TEXT_SPACING_SCRIPT = "(() => {\n" + resource("text-spacing.js") + "\n})()";

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final DevToolsSocket page;
    private final Path profile;

    private BrowserSession(ChromeDriverService service, ChromeDriver driver, DevToolsSocket page, Path profile) {
        this.service = service;
        this.driver = driver;
        this.page = page;
        this.profile = profile;
    }

    public static BrowserSession start(BrowserPaths paths) throws IOException {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder").setLevel(Level.OFF);
        Path profile = Files.createTempDirectory("dueregard-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(paths.chromedriver().toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(paths.chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--window-size=1280,1024",
                "--user-data-dir=" + profile,
                // Without this Chromium looks up Google hosts; the exclusions keep our local server reachable.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                // Chromium keeps each page it leaves for the back button, and may set up a new document host for each
                // navigation; the check never goes back. With both off (either alone did not help) the sample's pages
                // were checked in 7.8 s rather than 8.8 s, medians of five runs taken in turn (bench/README.md).
                "--disable-back-forward-cache", "--disable-features=BackForwardCache,ProactivelySwapBrowsingInstance,RenderDocument");
        ChromeDriver driver = null;
        try {
            driver = new ChromeDriver(service, options);
            // Pages forbid scripts and styles written in the page (Content-Security-Policy); the checks add both.
            driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
            AxeInPage.preload(driver);
            driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
            Object chromeOptions = driver.getCapabilities().getCapability("goog:chromeOptions");
            Object debuggerAddress = chromeOptions instanceof Map<?, ?> map ? map.get("debuggerAddress") : null;
            if (debuggerAddress == null) throw new IOException("chromedriver did not say where Chromium's DevTools listen (goog:chromeOptions.debuggerAddress)");
            return new BrowserSession(service, driver, DevToolsSocket.open(String.valueOf(debuggerAddress), driver.getWindowHandle()), profile);
        } catch (RuntimeException | IOException e) {
            try {
                if (driver != null) driver.quit();
            } catch (RuntimeException ignored) {
                // the browser is going anyway: the service stops it
            }
            service.stop();
            FileUtils.deleteQuietly(profile.toFile());
            throw new IOException("Chromium did not start: " + String.valueOf(e.getMessage()).split("\n")[0], e);
        }
    }

    /** Loads a page and runs every browser check on it. */
    public List<RawFinding> checkPage(String url) {
        long t0 = System.nanoTime();
        page.navigate(url);
        long t1 = System.nanoTime();
        // In this order each check finds the page laid out as it needs it: the tree before the text spacing is
        // applied (and removed again, which needs a new layout), and the narrow viewport last.
        List<RawFinding> findings = new ArrayList<>(runAxe());
        long t2 = System.nanoTime();
        findings.addAll(AccessibilityTreeCheck.check(page.call("Accessibility.getFullAXTree", Map.of())));
        long t3 = System.nanoTime();
        findings.addAll(checkTextSpacing());
        long t4 = System.nanoTime();
        findings.addAll(checkReflow());
        long t5 = System.nanoTime();
        if (TIMINGS) {
            System.err.printf("  load %d, axe %d, tree %d, text spacing %d, reflow %d ms: %s%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000, url);
        }
        return findings;
    }

    /** Set DUEREGARD_TIMINGS=1 to print how long each check takes on each page, for profiling. */
    private static final boolean TIMINGS = "1".equals(System.getenv("DUEREGARD_TIMINGS"));

    /** axe-core, which every page this browser opens already has (see {@link AxeInPage}). */
    private List<RawFinding> runAxe() {
        return AxeInPage.run(page, AXE_TAGS);
    }

    /** Runs a script on a page shown at the given viewport width and returns its result; for layout tests. */
    public Object evaluate(String url, int width, String script) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            driver.get(url);
            return ((JavascriptExecutor) driver).executeScript(script);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The roles of every node a screen reader gets (Chromium's accessibility tree) at a viewport width, in order; for tests. */
    @SuppressWarnings("unchecked")
    public List<String> accessibleRoles(String url, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            driver.get(url);
            Map<String, Object> tree = driver.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
            List<String> roles = new ArrayList<>();
            for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
                if (Boolean.TRUE.equals(node.get("ignored"))) continue;
                Object role = node.get("role") instanceof Map<?, ?> value ? value.get("value") : null;
                if (role != null) roles.add(role.toString());
            }
            return roles;
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Runs a DevTools command (device size, colour scheme, key presses); for tests of how pages look and behave. */
    public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** The page's own DevTools connection; for tests. */
    DevToolsSocket pageConnection() {
        return page;
    }

    /** Opens a page and runs a script in it; for tests. */
    public Object open(String url, String script) {
        driver.get(url);
        return run(script);
    }

    /** Runs a script in the page that is open; for tests. */
    public Object run(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Runs a script that calls back when it is done (its last argument), in the page that is open; for tests. */
    public Object runAsync(String script) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script);
    }

    /**
     * Every violation axe finds on a page as "rule target": with the axe this session preloads (as the checks run
     * it), or as Deque's Selenium integration runs it by default (the same axe, injected into a fresh window); for comparing the
     * two in tests.
     */
    java.util.SortedSet<String> axeViolations(String url, boolean preloaded) {
        driver.get(url);
        java.util.SortedSet<String> violations = new java.util.TreeSet<>();
        if (preloaded) {
            for (RawFinding finding : runAxe()) violations.add(finding.rule() + " " + finding.selector());
            return violations;
        }
        Results results = new AxeBuilder().setAxeScriptProvider(() -> AxeInPage.AXE_SOURCE).withTags(AXE_TAGS).analyze(driver);
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) violations.add(rule.getId() + " " + selectorOf(node.getTarget()));
        }
        return violations;
    }

    private static String selectorOf(Object target) {
        if (target instanceof List<?> list && !list.isEmpty()) return String.valueOf(list.get(0));
        return target == null ? "" : String.valueOf(target);
    }

    private List<RawFinding> checkReflow() {
        page.call("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        try {
            JsonNode wide = page.evaluate(REFLOW_SCRIPT);
            if (wide.isNull() || wide.isMissingNode()) return List.of();
            return List.of(new RawFinding("reflow", "browser", Severity.ERROR,
                    "At 320 pixels wide (a phone, or 400% zoom) the page scrolls sideways by " + wide.path("overflow").asText() + " pixels.",
                    "Let the content wrap: avoid fixed widths, wide images and long unbroken text. Wide tables already scroll in their own box.",
                    "https://www.w3.org/WAI/WCAG22/Understanding/reflow.html",
                    Finding.snippet(wide.path("html").asText()), wide.path("selector").asText()));
        } finally {
            page.call("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private List<RawFinding> checkTextSpacing() {
        JsonNode result = page.evaluate(TEXT_SPACING_SCRIPT);
        List<RawFinding> findings = new ArrayList<>();
        for (JsonNode clipped : result.path("clipped")) {
            findings.add(new RawFinding("text-spacing", "browser", Severity.ERROR,
                    "With wider text spacing (as some readers set it), text in this box is cut off.",
                    "Do not give boxes with text a fixed height or width with overflow hidden; let them grow with the text.",
                    "https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html",
                    Finding.snippet(clipped.path("html").asText()), clipped.path("selector").asText()));
        }
        return findings;
    }

    @Override
    public void close() {
        try {
            page.close();
            driver.quit();
        } finally {
            service.stop();
            FileUtils.deleteQuietly(profile.toFile());
        }
    }

    private static String resource(String name) {
        try (InputStream in = BrowserSession.class.getResourceAsStream("/dueregard/checks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
