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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the site's sources (content, config, glossary, templates, assets, themes) and reports each burst of
 * changes once, after a short quiet spell, as editors often write a file in several steps.
 */
final class FileWatcher implements AutoCloseable {

    /** Folders that hold output or tools, never sources. */
    private static final Set<String> IGNORED = Set.of("site", ".dueregard", "check-report", "target", ".git", "node_modules", "bench-sites");
    private static final long QUIET_MILLIS = 60;

    private final Path root;
    private final WatchService watcher;

    FileWatcher(Path root) throws IOException {
        this.root = root;
        this.watcher = FileSystems.getDefault().newWatchService();
        register(root);
    }

    private void register(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                Path relative = root.relativize(dir);
                if (relative.getNameCount() > 0 && (IGNORED.contains(relative.getName(0).toString()) || relative.getName(0).toString().startsWith(".")
                        && !relative.toString().isEmpty())) {
                    continue;
                }
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Waits for the next burst of changes and returns the changed paths, relative to the site folder. */
    Set<String> awaitChanges() throws InterruptedException, IOException {
        Set<String> changed = new TreeSet<>();
        WatchKey key = watcher.take();
        while (key != null) {
            Path dir = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    changed.add("*");
                    continue;
                }
                Path path = dir.resolve((Path) event.context());
                String relative = root.relativize(path).toString().replace('\\', '/');
                String top = relative.split("/")[0];
                // Output folders, hidden folders (staging copies, editors' files) and backups are not sources.
                if (relative.isEmpty() || IGNORED.contains(top) || top.startsWith(".") || relative.endsWith("~") || relative.contains("/.")) continue;
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) register(path);
                changed.add(relative);
            }
            key.reset();
            key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
        return changed;
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
