package org.dueregard.checks;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The easy-read layout as a browser draws it: body text of at least 21 CSS px (16 pt) with a line height of at
 * least 1.5, and every picture to the left of its words, at 1280 px and at 320 px.
 */
class EasyReadLayoutIT {

    @TempDir
    static Path folder;

    static MiniSite site;

    @BeforeAll
    static void build() throws IOException {
        org.dueregard.testing.Browsers.required();
        site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome.
                -- content/pay.md --
                ---
                title: Pay
                ---
                Our pay report.
                -- content/pay.easy-read.md --
                ---
                title: Pay for women and men
                ---
                - ![](picture:money) Women get less pay than men.
                  We want to change this.
                - ![](picture:survey) We asked our staff what they think about pay at work and at home.
                - ![](picture:plan) We have a plan.
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
    }

    private static final String MEASURE = """
            const words = document.querySelectorAll('.easy-read-words p');
            const style = getComputedStyle(words[0]);
            const points = [...document.querySelectorAll('.easy-read-point')].map(p => {
              const pic = p.querySelector('.easy-read-picture img').getBoundingClientRect();
              const text = p.querySelector('.easy-read-words').getBoundingClientRect();
              return {picRight: pic.right, picWidth: pic.width, textLeft: text.left, picTop: pic.top, textTop: text.top, textBottom: text.bottom};
            });
            return {fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight),
                    align: style.textAlign, points: points,
                    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth};
            """;

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(ints = {1280, 320})
    void largeTextAndAPictureBesideEachPoint(int width) throws IOException, BrowserNotFoundException {
        BrowserPaths paths = org.dueregard.testing.Browsers.required();
        try (LocalSiteServer server = new LocalSiteServer(site.output(), "/"); BrowserSession browser = BrowserSession.start(paths)) {
            Map<String, Object> m = (Map<String, Object>) browser.evaluate(server.url("/pay/easy-read/"), width, MEASURE);
            double fontSize = ((Number) m.get("fontSize")).doubleValue();
            double lineHeight = ((Number) m.get("lineHeight")).doubleValue();
            assertTrue(fontSize >= 21, "body text " + fontSize + " px at " + width);
            assertTrue(lineHeight / fontSize >= 1.5, "line height " + lineHeight / fontSize + " at " + width);
            assertEquals("start", m.get("align"), "aligned to the start of each line (the left in English), never justified");
            assertEquals(0L, ((Number) m.get("overflow")).longValue(), "no sideways scrolling at " + width);
            List<Map<String, Object>> points = (List<Map<String, Object>>) m.get("points");
            assertEquals(3, points.size());
            for (Map<String, Object> p : points) {
                double picRight = ((Number) p.get("picRight")).doubleValue();
                double textLeft = ((Number) p.get("textLeft")).doubleValue();
                assertTrue(picRight <= textLeft, "picture left of its words at " + width + ": " + p);
                assertTrue(((Number) p.get("picWidth")).doubleValue() >= 100, "pictures at least 100 px wide: " + p);
                double picTop = ((Number) p.get("picTop")).doubleValue();
                assertTrue(picTop < ((Number) p.get("textBottom")).doubleValue(), "side by side, not stacked: " + p);
            }
        }
    }
}
