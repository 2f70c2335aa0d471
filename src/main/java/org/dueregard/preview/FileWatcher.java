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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Wakes the preview when a source may have changed. It only says "look again": what changed is found by comparing
 * stamps, which cannot miss a change the way an event can. Waits for a short quiet spell after the first event, as
 * editors often write a file in several steps.
 */
final class FileWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 60;

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

    /** Waits until a source may have changed, then until the editor has been quiet for a moment. */
    void awaitChanges() throws InterruptedException, IOException {
        while (!handle(watcher.take())) {
            // Only the output folder, a swap file or the like: wait on.
        }
        for (WatchKey key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); key != null;
             key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
            handle(key);
        }
    }

    /** Takes one folder's events, watching new folders too; true when one may be about a source. */
    private boolean handle(WatchKey key) throws IOException {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true; // events were lost: the stamps will say what changed
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (!SiteSources.isSource(relative(path))) continue;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) registerTree(path);
            relevant = true;
        }
        key.reset();
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
