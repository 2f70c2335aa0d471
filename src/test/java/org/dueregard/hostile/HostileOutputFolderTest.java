package org.dueregard.hostile;

import org.dueregard.output.OutputLock;
import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What people keep in the output folder survives builds; two builds never write the same output at once. */
class HostileOutputFolderTest {

    @TempDir
    Path folder;

    private MiniSite site(String extraConfig) throws IOException {
        return MiniSite.write(folder, """
                -- dueregard.yml --
                title: Test equality site
                organisation: Test Council
                base_url: https://example.org/
                """ + extraConfig + """
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome.
                -- content/report.md --
                ---
                title: Report
                ---
                Text.
                """);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void githubPagesFilesAndTheKeepListSurviveEveryBuild() throws IOException {
        MiniSite site = site("keep: [googlef00d.html, downloads/]\n");
        assertEquals(0, site.build().exitCode());
        write(site.output().resolve("CNAME"), "equality.example.org\n");
        write(site.output().resolve(".nojekyll"), "");
        write(site.output().resolve(".well-known/security.txt"), "Contact: mailto:security@example.org\n");
        write(site.output().resolve("googlef00d.html"), "google-site-verification: googlef00d.html");
        write(site.output().resolve("downloads/annual-report.pdf"), "%PDF-1.7");
        for (int build = 0; build < 2; build++) {
            MiniSite.Run run = site.build();
            assertEquals(0, run.exitCode(), run.toString());
            assertFalse(run.err().contains("dueregard did not make"), "kept files are not foreign: " + run);
        }
        assertEquals("equality.example.org\n", site.read("CNAME"));
        assertTrue(site.exists(".nojekyll"));
        assertTrue(site.exists(".well-known/security.txt"));
        assertTrue(site.exists("googlef00d.html"));
        assertTrue(site.exists("downloads/annual-report.pdf"));
    }

    @Test
    void aFileSomeoneAddedIsKeptAndNamedNotDeleted() throws IOException {
        MiniSite site = site("");
        assertEquals(0, site.build().exitCode());
        write(site.output().resolve("notes/minutes.txt"), "Board minutes");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("warning: The output folder has notes/minutes.txt, which dueregard did not make; it was kept."), run.err());
        assertEquals("Board minutes", site.read("notes/minutes.txt"));
    }

    @Test
    void aPageTakenAwayIsRemovedFromTheOutput() throws IOException {
        MiniSite site = site("");
        assertEquals(0, site.build().exitCode());
        assertTrue(site.exists("report/index.html"));
        Files.delete(folder.resolve("content/report.md"));
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(site.exists("report/index.html"), "a page the build no longer makes goes");
        assertFalse(run.err().contains("did not make"), run.err());
    }

    @Test
    void theFirstBuildMayGoIntoAFolderWithOnlyACname() throws IOException {
        MiniSite site = site("");
        write(site.output().resolve("CNAME"), "equality.example.org\n");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("equality.example.org\n", site.read("CNAME"));
        assertTrue(site.exists("index.html"));
    }

    @Test
    void aKeepPathOutsideTheOutputIsRefused() throws IOException {
        MiniSite site = site("keep: [../secrets.txt]\n");
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("dueregard.yml:4: error: keep: '../secrets.txt' is not a path inside the output folder."), run.err());
    }

    @Test
    void anOutputThatIsAFileHasItsOwnMessage() throws IOException {
        MiniSite site = site("");
        Path file = folder.resolve("not-a-folder.txt");
        Files.writeString(file, "mine");
        MiniSite.Run run = site.build("--output", file.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("error: The output " + file + " is a file, not a folder."), run.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aSecondBuildWhileOneIsWritingStopsWithAClearMessage() throws Exception {
        MiniSite site = site("");
        assertEquals(0, site.build().exitCode());
        String before = site.read("index.html");
        try (OutputLock held = OutputLock.take(site.output())) {
            MiniSite.Run run = site.build();
            assertEquals(1, run.exitCode(), run.toString());
            assertTrue(run.err().contains("error: Another dueregard build or preview is writing to " + site.output() + " right now."), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertEquals(before, site.read("index.html"));
        }
        assertEquals(0, site.build().exitCode(), "the lock goes with the build that held it");
    }

    @Test
    void buildsStartedTogetherNeverCrashAndLeaveAWholeSite() throws Exception {
        MiniSite site = site("");
        for (int i = 0; i < 40; i++) write(folder.resolve("content/pages/page-" + i + ".md"), "---\ntitle: Page " + i + "\n---\nText " + i + ".\n");
        assertEquals(0, site.build().exitCode());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MiniSite.Run>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) runs.add(pool.submit(() -> site.build()));
            for (Future<MiniSite.Run> future : runs) {
                MiniSite.Run run = future.get();
                assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.toString());
                if (run.exitCode() == 1) assertTrue(run.err().contains("Another dueregard build or preview is writing to"), run.err());
                assertFalse(run.err().contains("Exception"), run.err());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(site.exists("index.html"));
        assertTrue(site.exists("pages/page-39/index.html"));
    }

    @Test
    void aSecondPreviewOfTheSameSiteStopsWithAClearMessage() throws Exception {
        MiniSite site = site("");
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (org.dueregard.preview.PreviewSession first = new org.dueregard.preview.PreviewSession(folder, port, false,
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()))) {
            MiniSite.Run second = MiniSite.run("serve", "--source", folder.toString(), "--port", String.valueOf(port + 1));
            assertEquals(1, second.exitCode(), second.toString());
            assertTrue(second.err().contains("error: Another dueregard build or preview is writing to " + folder.resolve(".dueregard/preview")),
                    second.err());
            assertFalse(second.err().contains("Exception"), second.err());
        }
        assertTrue(site.build().exitCode() == 0, "a build into site/ is not held up by a preview");
    }
}
