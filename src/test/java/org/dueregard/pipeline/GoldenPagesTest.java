package org.dueregard.pipeline;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whole pages compared byte for byte with golden files in src/test/resources/golden. Output is deterministic, so
 * any difference is a real change: review it, then run with -Dgolden.update=true to accept it.
 */
class GoldenPagesTest {

    private static final Path SITE = Path.of("src/test/resources/golden-site");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    static Path output;

    /** Built from a copy: a build writes its memory (.dueregard/, kept PDFs) into the site's folder, not into src/. */
    @BeforeAll
    static void build() throws IOException {
        Path source = output.resolve("golden-site");
        org.apache.commons.io.FileUtils.copyDirectory(SITE.toFile(), source.toFile());
        MiniSite.Run run = MiniSite.run("build", "--source", source.toString(), "--output", output.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "reports/index.html", "reports/pay-gap-2024/index.html", "404.html", "feed.xml", "sitemap.xml"})
    void pageMatchesItsGoldenFile(String page) throws IOException {
        String actual = Files.readString(output.resolve("site").resolve(page));
        Path golden = GOLDEN.resolve(page.replace('/', '_'));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertEquals(Files.readString(golden), actual, "differs from " + golden + " (see the class comment to update)");
    }
}
