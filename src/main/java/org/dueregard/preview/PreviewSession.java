package org.dueregard.preview;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.dueregard.build.BuildOptions;
import org.dueregard.build.BuildReport;
import org.dueregard.build.SiteBuilder;
import org.dueregard.checks.BrowserNotFoundException;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The author's preview: builds the site into a private folder, serves it, and rebuilds whenever a source file
 * changes, reloading open pages. A failed rebuild leaves the last good pages on disk and shows the problems in the
 * browser until they are fixed.
 */
public final class PreviewSession implements AutoCloseable {

    private final Path root;
    private final Path output;
    private final boolean drafts;
    private final PrintWriter out;
    private final PrintWriter err;
    private final PreviewServer server;
    private final org.dueregard.build.RenderCache cache = new org.dueregard.build.RenderCache();
    private final SiteBuilder builder = new SiteBuilder(cache);

    /** What one rebuild did: how long from the change being seen to the new files on disk, and whether it worked. */
    public record Rebuild(boolean ok, long millis, int pages, List<Problem> problems) {
    }

    /** How many pages the last rebuild rendered; the others were unchanged. */
    public int renderedPages() {
        return cache.rendered();
    }

    public PreviewSession(Path root, int port, boolean drafts, PrintWriter out, PrintWriter err) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.output = this.root.resolve(".dueregard").resolve("preview");
        this.drafts = drafts;
        this.out = out;
        this.err = err;
        this.server = PreviewServer.start(output, port);
    }

    public String address() {
        return server.address();
    }

    public int port() {
        return server.port();
    }

    public Path output() {
        return output;
    }

    /** Builds the whole site again (the JVM stays warm, so this is quick), then reloads open pages. */
    public Rebuild rebuild() {
        long started = System.nanoTime();
        BuildOptions options = new BuildOptions(root, output, Optional.of(URI.create(address())), drafts, Optional.empty());
        try {
            BuildReport report = builder.build(options);
            server.showProblems(report.warnings().stream().filter(Problem::isError).toList());
            long millis = (System.nanoTime() - started) / 1_000_000;
            server.reloadPages();
            return new Rebuild(true, millis, report.pages(), report.warnings());
        } catch (ProblemsException e) {
            server.showProblems(e.problems());
            server.reloadPages();
            return new Rebuild(false, (System.nanoTime() - started) / 1_000_000, 0, e.problems());
        } catch (IOException | BrowserNotFoundException e) {
            Problem problem = Problem.error("", 0, "The site could not be built: " + e.getMessage(), "Check that the disk is not full and the files can be read.");
            server.showProblems(List.of(problem));
            return new Rebuild(false, (System.nanoTime() - started) / 1_000_000, 0, List.of(problem));
        }
    }

    /** Watches the sources and rebuilds on every change, printing a line each time, until interrupted. */
    public void watch(Messages messages) throws IOException, InterruptedException {
        try (FileWatcher watcher = new FileWatcher(root)) {
            while (!Thread.currentThread().isInterrupted()) {
                Set<String> changed = watcher.awaitChanges();
                if (changed.isEmpty()) continue;
                Rebuild result = rebuild();
                messages.report(changed, result);
            }
        }
    }

    /** How the session talks to the terminal. */
    public interface Messages {
        void report(Set<String> changed, Rebuild result);
    }

    @Override
    public void close() {
        server.close();
    }
}
