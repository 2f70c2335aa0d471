package org.dueregard.output;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, item 2: the swap refills the previous site's folder instead of deleting it, and loses nothing doing so:
 * unchanged files keep their bytes on disk, pages that went are removed, kept files survive an interrupted swap, and
 * nothing planted in the recycled folder is followed.
 */
class StagingFolderTest {

    @TempDir
    Path folder;

    private MiniSite site() throws IOException {
        return MiniSite.write(folder, """
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
                -- content/old.md --
                ---
                title: Old
                ---
                Going soon.
                """);
    }

    private Path previous() {
        return folder.resolve(".site.old");
    }

    @Test
    void unchangedFilesKeepTheirBytesOnDiskAndChangedOnesAreRewritten() throws IOException {
        MiniSite site = site();
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build().exitCode()); // now site/ and .site.old/ both exist: the next build refills .site.old
        Path report = previous().resolve("report/index.html");
        FileTime long_ago = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(report, long_ago);
        site.writeFile("content/index.md", "---\ntitle: Home\n---\nWelcome back.\n");
        assertEquals(0, site.build().exitCode());
        assertEquals(long_ago, Files.getLastModifiedTime(site.output().resolve("report/index.html")), "the same bytes were not written again");
        assertTrue(site.read("index.html").contains("Welcome back."));
    }

    @Test
    void pagesThatWentAreRemovedWithTheirFolders() throws IOException {
        MiniSite site = site();
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build().exitCode());
        Files.delete(site.root().resolve("content/old.md"));
        assertEquals(0, site.build().exitCode());
        assertFalse(site.exists("old/index.html"));
        assertFalse(Files.exists(site.output().resolve("old")), "the emptied folder goes too");
        assertFalse(site.read(StagingFolder.MARKER).contains("old/index.html"));
        assertTrue(site.exists("report/index.html"));
    }

    @Test
    void aFileWhereAFolderNowGoesAndAFolderWhereAFileNowGoesAreReplaced() throws IOException {
        MiniSite site = site();
        site.writeBytes("content/pictures/chart.png", MiniSite.PNG);
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build().exitCode());
        Files.delete(site.root().resolve("content/pictures/chart.png"));
        site.writeFile("content/pictures.md", "---\ntitle: Pictures\n---\nNow a page.\n"); // /pictures/ was a folder of files
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build().exitCode());
        assertTrue(site.read("pictures/index.html").contains("Now a page."));
        assertFalse(site.exists("pictures/chart.png"));
    }

    @Test
    void keptFilesSurviveASwapInterruptedBetweenItsRenames() throws IOException {
        MiniSite site = site();
        assertEquals(0, site.build().exitCode());
        Files.writeString(site.output().resolve("CNAME"), "equality.example.org\n");
        assertEquals(0, site.build().exitCode());
        // The process died after moving site/ aside and before moving the new one in (its staging folder is the
        // site before that one, refilled).
        Files.move(previous(), folder.resolve(".site.staging"));
        Files.move(site.output(), previous());
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("equality.example.org\n", site.read("CNAME"));
    }

    @Test
    void aStagingFolderLeftByAKilledBuildIsRefilled() throws IOException {
        MiniSite site = site();
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build().exitCode());
        Files.move(previous(), folder.resolve(".site.staging"));
        Files.writeString(folder.resolve(".site.staging/half-written.html"), "<p>half");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(site.exists("half-written.html"));
        assertFalse(Files.exists(folder.resolve(".site.staging")));
        assertTrue(site.exists("report/index.html"));
    }

    @Test
    void linksPlantedInThePreviousSiteAreDeletedNotFollowed() throws IOException {
        MiniSite site = site();
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build().exitCode());
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("index.html"), "precious");
        Path report = previous().resolve("report");
        org.apache.commons.io.FileUtils.deleteDirectory(report.toFile());
        Files.createSymbolicLink(report, outside);
        assertEquals(0, site.build().exitCode());
        assertEquals("precious", Files.readString(outside.resolve("index.html")));
        assertFalse(Files.isSymbolicLink(site.output().resolve("report")));
        assertTrue(site.read("report/index.html").contains("Text."));
    }

    @Test
    void theOutputHasExactlyTheFilesOfAFreshBuild() throws IOException {
        MiniSite site = site();
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build().exitCode());
        site.writeFile("content/new.md", "---\ntitle: New\n---\nNew page.\n");
        Files.delete(site.root().resolve("content/old.md"));
        assertEquals(0, site.build().exitCode());
        List<String> refilled = site.outputFiles();
        org.apache.commons.io.FileUtils.deleteDirectory(site.output().toFile());
        org.apache.commons.io.FileUtils.deleteDirectory(previous().toFile());
        assertEquals(0, site.build().exitCode());
        assertEquals(site.outputFiles(), refilled);
    }
}
