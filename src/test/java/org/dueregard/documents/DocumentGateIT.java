package org.dueregard.documents;

import org.dueregard.checks.BrowserNotFoundException;
import org.dueregard.checks.BrowserPaths;
import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The gate (check, build --check) validates every PDF with veraPDF and stops on a break, naming the page. */
class DocumentGateIT {

    @TempDir
    Path folder;

    @BeforeAll
    static void needsABrowser() {
        try {
            BrowserPaths.find(Optional.empty(), Optional.empty(), System.getenv());
        } catch (BrowserNotFoundException e) {
            if ("true".equals(System.getenv("CI"))) fail("CI must run the browser checks: " + e.getMessage());
            assumeTrue(false, e.getMessage());
        }
    }

    @Test
    void aPdfThatBreaksPdfUaStopsTheCheckedBuildAndNamesItsPage() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                Our [pay gap report](reports/pay.md).
                -- content/reports/index.md --
                ---
                title: Reports
                ---
                Our reports.
                -- content/reports/pay.md --
                ---
                title: Gender pay gap report
                date: 2025-03-28
                layout: report
                ---
                ## What the gap is

                The gap compares the average hourly pay of men and women.
                """);
        MiniSite.Run clean = MiniSite.run("build", "--check", "--source", folder.toString());
        assertEquals(0, clean.exitCode(), clean.toString());
        assertTrue(site.exists("reports/pay/pay.pdf"));

        // A site's print template that shows a picture with no text description.
        String template = new String(DocumentGateIT.class.getResourceAsStream("/dueregard/themes/default/templates/document.peb").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        site.writeFile("templates/document.peb", template.replace("<div class=\"prose\">",
                "<img src=\"{{ site.basePath }}assets/images/favicon.svg\" width=\"40\" height=\"40\">\n<div class=\"prose\">"));
        MiniSite.Run broken = MiniSite.run("build", "--check", "--source", folder.toString());
        assertEquals(1, broken.exitCode(), broken.toString());
        assertTrue(broken.err().contains("content/reports/pay.md: error: The PDF made from this page (reports/pay/pay.pdf) is not accessible: "
                + "a picture or chart has no text description. (PDF/UA-1 rule 7.3-"), broken.err());
        assertFalse(broken.err().contains("Exception"), "no stack trace: " + broken.err());
        MiniSite.Run unchecked = MiniSite.run("build", "--source", folder.toString());
        assertEquals(0, unchecked.exitCode(), "a build without --check does not run veraPDF: " + unchecked);
        assertTrue(Files.exists(folder.resolve("site/reports/pay/pay.pdf")));
    }
}
