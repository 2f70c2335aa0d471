package org.dueregard.checks;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 11, the sample site as readers see it in Chromium: on a 320 x 568 phone the title is in the first 300 px and
 * every chart fits with text of at least 12 px; on a computer charts keep that size too; every focus indicator has
 * 3:1 against what is next to it, in light and dark; dark mode keeps text readable; Windows contrast themes keep
 * a focus ring. Prints a line per page.
 */
class ReaderViewsIT {

    @TempDir
    static Path temp;

    static Path output;
    static List<String> pages;
    static LocalSiteServer server;
    static BrowserSession browser;
    static String measure;

    @BeforeAll
    static void buildAndStart() throws IOException {
        BrowserPaths paths;
        try {
            paths = BrowserPaths.find(Optional.empty(), Optional.empty(), System.getenv());
        } catch (BrowserNotFoundException e) {
            if ("true".equals(System.getenv("CI"))) fail("CI must run the browser checks: " + e.getMessage());
            assumeTrue(false, e.getMessage());
            return;
        }
        output = temp.resolve("site");
        MiniSite.Run run = MiniSite.run("build", "--source", ".", "--output", output.toString());
        assertEquals(0, run.exitCode(), run.toString());
        try (Stream<Path> walk = Files.walk(output)) {
            pages = walk.filter(p -> p.toString().endsWith("index.html")).map(p -> "/" + output.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.substring(0, p.length() - "index.html".length())).sorted().toList();
        }
        try (InputStream in = ReaderViewsIT.class.getResourceAsStream("/reader-views.js")) {
            measure = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        server = new LocalSiteServer(output, "/");
        browser = BrowserSession.start(paths);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private static void view(int width, int height, List<Map<String, String>> media) {
        browser.devTools("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        browser.devTools("Emulation.setEmulatedMedia", Map.of("features", media));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(String page, String what) {
        return (Map<String, Object>) browser.open(server.url(page), measure + "\nreturn window.dueregardMeasure." + what + "();");
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneTheTitleComesFirstAndEveryChartFits() {
        view(320, 568, List.of());
        for (String page : pages) {
            Map<String, Object> m = measure(page, "layout");
            System.out.println("  320 x 568: " + page + " title at " + Math.round(number(m.get("h1Top"))) + " px, "
                    + ((List<?>) m.get("charts")).size() + " charts");
            assertTrue(number(m.get("h1Top")) < 300, page + ": the title starts " + m.get("h1Top") + " px down");
            assertEquals(0L, ((Number) m.get("overflow")).longValue(), page + ": scrolls sideways");
            assertEquals(0L, ((Number) m.get("chartTabStops")).longValue(), page + ": a chart is a tab stop");
            for (Map<String, Object> chart : (List<Map<String, Object>>) m.get("charts")) {
                assertTrue(chart.get("src").toString().endsWith("-narrow.svg"), page + ": the phone gets the narrow drawing " + chart);
                assertTrue(Boolean.TRUE.equals(chart.get("complete")), page + ": the drawing loads " + chart);
                assertTrue(number(chart.get("right")) <= number(m.get("width")), page + ": the chart is wider than the screen " + chart);
                assertTrue(number(chart.get("textPx")) >= 12, page + ": chart text under 12 px " + chart);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAComputerChartTextIsAtLeast12Px() {
        for (int width : new int[] {1280, 660}) {
            view(width, 900, List.of());
            for (String page : List.of("/equality-duty/annual-report-2024-25/", "/equality-duty/gender-pay-gap-2024/")) {
                Map<String, Object> m = measure(page, "layout");
                System.out.println("  " + width + " px: " + page);
                for (Map<String, Object> chart : (List<Map<String, Object>>) m.get("charts")) {
                    assertTrue(chart.get("src").toString().endsWith(".svg") && !chart.get("src").toString().endsWith("-narrow.svg"), chart.toString());
                    assertTrue(number(chart.get("textPx")) >= 12, width + " " + page + ": chart text under 12 px " + chart);
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFocusIndicatorHas3To1AgainstWhatIsNextToIt() {
        for (String scheme : List.of("light", "dark")) {
            view(1280, 900, List.of(Map.of("name", "prefers-color-scheme", "value", scheme)));
            for (String page : List.of("/equality-duty/annual-report-2024-25/", "/equality-duty/gender-pay-gap-2024/easy-read/")) {
                browser.open(server.url(page), "return 0;");
                System.out.println("  focus, " + scheme + ": " + page);
                for (int i = 0; i < 40; i++) {
                    browser.devTools("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9));
                    browser.devTools("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9));
                    Map<String, Object> f = (Map<String, Object>) browser.run(measure + "\nreturn window.dueregardMeasure.focus();");
                    if ("body".equals(f.get("tag"))) break;
                    assertTrue(number(f.get("best")) >= 3, scheme + " " + page + ": focus indicator under 3:1 " + f);
                }
            }
        }
    }

    @Test
    void darkModeKeepsTextReadable() {
        view(1280, 900, List.of(Map.of("name", "prefers-color-scheme", "value", "dark")));
        for (String page : pages) {
            Map<String, Object> m = measure(page, "readable");
            System.out.println("  dark: " + page + " lowest text contrast " + Math.round(number(m.get("worst")) * 10) / 10.0);
            assertTrue(number(m.get("worst")) >= 4.5, page + ": " + m);
            assertTrue(((List<?>) m.get("background")).stream().allMatch(c -> number(c) < 40), page + ": dark background " + m);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void windowsContrastThemesKeepAFocusRing() {
        view(1280, 900, List.of(Map.of("name", "forced-colors", "value", "active"), Map.of("name", "prefers-color-scheme", "value", "dark")));
        browser.open(server.url("/equality-duty/gender-pay-gap-2024/"), "return 0;");
        for (int i = 0; i < 12; i++) {
            browser.devTools("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9));
            browser.devTools("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9));
            Map<String, Object> f = (Map<String, Object>) browser.run(measure + "\nreturn window.dueregardMeasure.focus();");
            assertTrue(f.get("outline").toString().matches("(solid|auto) (\\d+(\\.\\d+)?)px") && !f.get("outline").toString().endsWith(" 0px"),
                    "forced colours: a visible outline on " + f);
        }
    }
}
