package org.dueregard.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Wakes the preview when a source may have changed, and says where to look again: what changed there is found by
 * comparing stamps, which also catch a save that keeps a file's size and time. When events were lost, every source
 * is looked at. Waits for a short quiet spell after the first event, as editors often write a file in several steps
 * (within a millisecond or two of each other; a later step still wakes another build, so no save is lost).
 */
final class FileWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 25;

    private final Path root;
    private final WatchService watcher;

    /** Starts watching at once, so a change made from now on wakes {@link #awaitChanges}. */
    FileWatcher(Path root) throws IOException {
        this.root = root;
        this.watcher = FileSystems.getDefault().newWatchService();
        // The site folder itself, for dueregard.yml, glossary.yml and source folders made later.
        root.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (String folder : SiteSources.FOLDERS) {
            if (Files.isDirectory(root.resolve(folder))) registerTree(root.resolve(folder));
        }
    }

    private void registerTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                if (!SiteSources.isSource(relative(dir))) continue;
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /**
     * Waits until a source may have changed, then until the editor has been quiet for a moment, and says where:
     * the files and folders (from the site folder) events named, or empty when events were lost and every source
     * must be looked at.
     */
    Optional<Set<String>> awaitChanges() throws InterruptedException, IOException {
        Set<String> paths = new TreeSet<>(seen);
        boolean[] lost = {seenLost};
        boolean relevant = !seen.isEmpty() || seenLost;
        seen.clear();
        seenLost = false;
        while (!relevant) {
            relevant = handle(watcher.take(), paths, lost); // only the output folder, a swap file or the like: wait on
        }
        for (WatchKey key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); key != null;
             key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
            handle(key, paths, lost);
        }
        return lost[0] ? Optional.empty() : Optional.of(paths);
    }

    /** Events taken by {@link #hasChanges} and not yet given out by {@link #awaitChanges}. */
    private final Set<String> seen = new TreeSet<>();
    private boolean seenLost;

    /** Whether a source may have changed since the last {@link #awaitChanges}, without waiting. */
    boolean hasChanges() throws IOException {
        boolean[] lost = {false};
        for (WatchKey key = watcher.poll(); key != null; key = watcher.poll()) handle(key, seen, lost);
        seenLost |= lost[0];
        return !seen.isEmpty() || seenLost;
    }

    /** Takes one folder's events, watching new folders too; true when one may be about a source. */
    private boolean handle(WatchKey key, Set<String> paths, boolean[] lost) throws IOException {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        try {
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    relevant = true; // events were lost: the stamps of every source will say what changed
                    lost[0] = true;
                    continue;
                }
                Path path = dir.resolve((Path) event.context());
                String relative = relative(path);
                if (!SiteSources.isSource(relative)) continue;
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        registerTree(path);
                    } catch (IOException | java.io.UncheckedIOException e) {
                        // A folder gone before it was walked (an editor's, a git checkout's) or one that cannot be
                        // read: every source is looked at, as when events are lost.
                        lost[0] = true;
                    }
                }
                paths.add(relative);
                relevant = true;
            }
        } finally {
            // Always: a key not reset is never signalled again. (A folder that went is named by the DELETE event of
            // the folder above it.)
            key.reset();
        }
        return relevant;
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    @Override
    public void close() throws IOException {
        try {
            watcher.close();
        } catch (ClosedWatchServiceException e) {
            // already closed
        }
    }
}
