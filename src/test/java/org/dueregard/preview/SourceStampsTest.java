package org.dueregard.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceStampsTest {

    @TempDir
    Path root;

    private Path write(String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aSaveThatKeepsTheSizeAndTheTimeIsStillSeen() throws Exception {
        Path page = write("content/report.md", "version 1");
        FileTime time = Files.getLastModifiedTime(page);
        SourceStamps before = SourceStamps.read(root);
        Files.writeString(page, "version 2");
        Files.setLastModifiedTime(page, time); // a coarse clock that has not ticked since the last save
        assertEquals(Set.of("content/report.md"), before.lookAgain(root).changed());
    }

    @Test
    void aCopyThatSetsAnOldTimeIsStillSeen() throws Exception {
        Path data = write("content/data/staff.yml", "rows: [1]");
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(data, hourAgo);
        SourceStamps before = SourceStamps.read(root);
        Files.writeString(data, "rows: [2]");
        Files.setLastModifiedTime(data, hourAgo);
        assertEquals(Set.of("content/data/staff.yml"), before.lookAgain(root).changed());
    }

    @Test
    void addedAndDeletedFilesAreChangesAndUnchangedOnesAreNot() throws Exception {
        write("dueregard.yml", "title: x");
        write("content/old.md", "old");
        write("templates/page.peb", "page");
        SourceStamps before = SourceStamps.read(root);
        Files.delete(root.resolve("content/old.md"));
        write("content/new.md", "new");
        write("glossary.yml", "ICB: a board");
        assertEquals(Set.of("content/old.md", "content/new.md", "glossary.yml"), before.lookAgain(root).changed());
        assertEquals(Set.of(), SourceStamps.read(root).lookAgain(root).changed());
    }

    /** A file saved just before a look is hashed; later looks must not take the dropped hash for a change. */
    @Test
    void aRecentFileIsNotAChangeAtLaterLooks() throws Exception {
        write("content/report.md", "saved just now");
        write("content/chart.png", "image");
        SourceStamps.Look later = SourceStamps.read(root).lookAgain(root, Instant.now().plusSeconds(10));
        assertEquals(Set.of(), later.changed());
        assertEquals(Set.of(), later.stamps().lookAgain(root, Instant.now().plusSeconds(20)).changed());
    }

    @Test
    void aChangeAfterARecentLookIsSeenEvenWhenTheNextLookIsLate() throws Exception {
        Path page = write("content/report.md", "version 1");
        FileTime time = Files.getLastModifiedTime(page);
        SourceStamps before = SourceStamps.read(root);
        Files.writeString(page, "version 2");
        Files.setLastModifiedTime(page, time);
        assertEquals(Set.of("content/report.md"), before.lookAgain(root, Instant.now().plusSeconds(10)).changed());
    }

    @Test
    void outputSwapFilesBackupsAndOtherFoldersAreNotSources() throws Exception {
        SourceStamps before = SourceStamps.read(root);
        write("content/.report.md.swp", "swap");
        write("content/.git/config", "git");
        write("content/report.md~", "backup");
        write("site/index.html", "output");
        write(".dueregard/preview/index.html", "preview");
        write("src/Main.java", "code");
        assertEquals(Set.of(), before.lookAgain(root).changed());
    }
}
