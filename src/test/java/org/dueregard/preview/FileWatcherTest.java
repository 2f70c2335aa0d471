package org.dueregard.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's watcher: what it says changed, and that asking without waiting loses nothing. */
class FileWatcherTest {

    @TempDir
    Path root;

    @Test
    void aSaveSeenWithoutWaitingIsStillGivenOutByTheNextWait() throws Exception {
        Files.createDirectories(root.resolve("content"));
        try (FileWatcher watcher = new FileWatcher(root)) {
            assertFalse(watcher.hasChanges(), "nothing saved yet");
            Files.writeString(root.resolve("content/report.md"), "---\ntitle: Report\n---\nText.\n");
            long deadline = System.nanoTime() + 5_000_000_000L; // the system's watch service may take a moment
            boolean seen = false;
            while (!seen && System.nanoTime() < deadline) {
                seen = watcher.hasChanges();
                if (!seen) Thread.sleep(10);
            }
            assertTrue(seen, "the save is seen without waiting for it");
            assertEquals(Optional.of(Set.of("content/report.md")), watcher.awaitChanges(), "and given out by the next wait");
        }
    }
}
