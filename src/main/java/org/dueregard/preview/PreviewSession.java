package org.dueregard.preview;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.dueregard.pipeline.BuildOptions;
import org.dueregard.pipeline.BuildReport;
import org.dueregard.pipeline.RenderCache;
import org.dueregard.pipeline.SiteBuilder;
import org.dueregard.checks.BrowserNotFoundException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The author's preview: builds the site into a private folder, serves it, and builds again whenever a source file
 * changes, reloading open pages. A failed rebuild leaves the last good pages on disk and shows the problems in the
 * browser until they are fixed.
 */
public final class PreviewSession implements AutoCloseable {

    private final Path root;
    private final Path output;
    private final boolean drafts;
    private final PreviewServer server;
    private final RenderCache cache = new RenderCache();
    private final SiteBuilder builder = new SiteBuilder(cache, true);
    /** For the pages whose documents were made after they were shown: they then link the new documents. */
    private final SiteBuilder builderWithDocuments = new SiteBuilder(cache, false);
    /** The watcher while {@link #run} runs: a save waiting there is built with the pages whose documents were made. */
    private volatile FileWatcher watcher;
    /** The thread running {@link #run}: only a build it makes asks the watcher (which is not shared between threads). */
    private volatile Thread watching;
    /** Those pages, when a save was waiting: {@link #run} builds them with it. */
    private volatile Set<String> documentsWaiting = Set.of();

    /** What one build did: whether it worked, how long it took, how many pages the site has, and its problems. */
    public record Rebuild(boolean ok, long millis, int pages, List<Problem> problems) {
    }

    /** How the session tells the terminal about each build. */
    public interface Messages {
        /** {@code changed} is empty for the session's first build, which reads everything. */
        void report(Set<String> changed, Rebuild result);
    }

    /** Starts serving at once; pages say "building" until the first build is done. Errors in our code go to {@code err}. */
    public PreviewSession(Path root, int port, boolean drafts, PrintWriter out, PrintWriter err)
            throws IOException, PortsTakenException, ProblemsException {
        this.root = root.toAbsolutePath().normalize();
        this.output = this.root.resolve(".dueregard").resolve("preview");
        this.drafts = drafts;
        // One preview a site: a second one would rebuild the same folder under the first one's feet.
        this.lock = org.dueregard.output.OutputLock.take(output);
        this.server = PreviewServer.start(output, port, bug -> {
            err.println("dueregard hit an internal error while serving a page. This is a bug in dueregard, not in your site:");
            bug.printStackTrace(err);
            err.flush();
        });
    }

    private final org.dueregard.output.OutputLock lock;

    public String address() {
        return server.address();
    }

    public int port() {
        return server.port();
    }

    public Path output() {
        return output;
    }

    /** How many pages the last build rendered; the others were unchanged. */
    public int renderedPages() {
        return cache.rendered();
    }

    /**
     * Builds, then watches the sources and builds again whenever they change, until interrupted. The watch starts
     * before the first build, and after it every source's stamp is compared with those noted before it, so a save
     * made while the preview starts is not lost. From then on only the files and folders the watcher names are
     * looked at again; a save made while a build runs is an event waiting for the next look, so it is built straight
     * after, never lost. When the watcher lost events, every source is looked at again.
     */
    public void run(Messages messages) throws IOException, InterruptedException {
        try (FileWatcher watcher = new FileWatcher(root)) {
            this.watcher = watcher;
            this.watching = Thread.currentThread();
            watch(watcher, messages);
        } finally {
            this.watcher = null; // closed: a build after the session ends makes its documents at once
            this.watching = null;
        }
    }

    private void watch(FileWatcher watcher, Messages messages) throws IOException, InterruptedException {
        SourceStamps built = SourceStamps.read(root);
        messages.report(Set.of(), rebuild());
        Optional<Set<String>> where = Optional.empty(); // after the first build, every source: saves made as it started
        while (!Thread.currentThread().isInterrupted()) {
            SourceStamps.Look look = where.isPresent() ? built.lookAgain(root, where.get()) : built.lookAgain(root);
            built = look.stamps();
            Set<String> changed = new java.util.TreeSet<>(look.changed());
            changed.addAll(documentsWaiting);
            if (changed.isEmpty()) {
                where = watcher.awaitChanges();
                continue;
            }
            messages.report(changed, rebuildAfter(changed));
            where = Optional.of(Set.of()); // saves made during the build are events waiting in the watcher
            // Pages whose new documents a waiting save's build is to link: that save is looked at now.
            if (!documentsWaiting.isEmpty()) where = watcher.awaitChanges();
        }
    }

    /**
     * Builds again after these files changed (paths from the site folder), as the watcher found them: the build's
     * cache reads them again whatever their stamps say, and trusts everything else it kept without looking.
     */
    synchronized Rebuild rebuildAfter(Set<String> changed) {
        cache.forget(changed);
        return rebuild();
    }

    /** Builds the site (the JVM stays warm and unchanged pages are reused, so this is quick), then reloads open pages. */
    public synchronized Rebuild rebuild() {
        long started = System.nanoTime();
        documentsWaiting = Set.of(); // this build renders them: they were forgotten, and are not kept
        BuildOptions options = new BuildOptions(root, output, Optional.of(URI.create(address())), drafts, Optional.empty());
        try {
            BuildReport report = builder.build(options);
            server.showBuild(true, List.of());
            long shown = millisSince(started); // what the author waits for
            report.afterShown().run();
            if (!report.documentsLater().isEmpty()) {
                // Those pages were not kept, so whichever build comes next links their new documents. When a save is
                // waiting, that is its build (told of it too); otherwise one now.
                cache.forget(report.documentsLater());
                FileWatcher saves = Thread.currentThread() == watching ? watcher : null;
                if (saves == null || !saves.hasChanges()) {
                    report = builderWithDocuments.build(options);
                    server.showBuild(true, List.of());
                    report.afterShown().run();
                } else {
                    documentsWaiting = report.documentsLater();
                }
            }
            return new Rebuild(true, shown, report.pages(), report.warnings());
        } catch (ProblemsException e) {
            server.showBuild(false, e.problems());
            return new Rebuild(false, millisSince(started), 0, e.problems());
        } catch (IOException | UncheckedIOException | BrowserNotFoundException e) {
            // Often a file deleted or renamed while the build read it; its stamp moved, so the next build follows.
            Problem problem = Problem.error("", 0, "The site could not be built: " + e.getMessage(),
                    "Check that the disk is not full and the files can be read.");
            server.showBuild(false, List.of(problem));
            return new Rebuild(false, millisSince(started), 0, List.of(problem));
        } catch (IllegalStateException e) {
            if (!Thread.currentThread().isInterrupted()) throw e;
            // The session is stopping (Ctrl+C) in the middle of a build: nothing to show.
            return new Rebuild(false, millisSince(started), 0, List.of());
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public void close() {
        server.close();
        try {
            lock.close();
        } catch (IOException e) {
            // The system lets go of the lock when the program ends anyway.
        }
    }
}
