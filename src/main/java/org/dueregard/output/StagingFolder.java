package org.dueregard.output;

import org.apache.commons.io.FileUtils;
import org.dueregard.ProblemsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

/**
 * A build writes into a staging folder beside the output folder and swaps it in with two renames only when everything
 * worked, so a failed build leaves the previous site untouched and readers never see a half-built site.
 *
 * <p>The previous site is not deleted: it stays beside the output as {@code .site.old} and the next build fills it
 * again as its staging folder. Files whose bytes did not change are left as they are, new ones are written, and
 * only files the new site does not have are deleted, so a build neither waits for a tree of 10,000 pages to be
 * deleted nor pays the file system to create 20,000 new files and folders (which cost a build of 1,000 pages more
 * than a second of system time). Only folders with our marker are ever emptied or replaced.
 */
public final class StagingFolder implements SiteOutput {

    /** A file in every output folder we make, so we never replace a folder that is not ours. */
    public static final String MARKER = OutputFolderGuard.MARKER;

    private final Path output;
    private final Path staging;
    private final Path previous;
    private final KeptFiles kept;
    /** Files in the previous output that no build made and the site does not list under keep: carried over too. */
    private final List<String> foreign;
    private final RecycledTree files;

    private StagingFolder(Path output, KeptFiles kept, List<String> foreign, RecycledTree files) {
        this.output = output;
        this.staging = stagingOf(output);
        this.previous = previousOf(output);
        this.kept = kept;
        this.foreign = foreign;
        this.files = files;
    }

    /**
     * Checks that the output folder is safe to replace and makes the staging folder: the previous site's folder
     * when there is one, else a new one.
     *
     * @param siteRoot the folder with dueregard.yml; the output may be inside it but must not contain it
     */
    public static StagingFolder prepare(Path output, Path siteRoot, Path contentFolder, KeptFiles kept) throws ProblemsException, IOException {
        Path out = OutputFolderGuard.checkSafe(output, siteRoot, contentFolder, kept);
        Path staging = stagingOf(out);
        Path previous = previousOf(out);
        // A name can be taken by anything: these are filled or deleted only if they are ours.
        OutputFolderGuard.requireOursOrMissing(staging);
        OutputFolderGuard.requireOursOrMissing(previous);
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            move(previous, out); // a swap was interrupted between its two renames: the previous site comes back first
        }
        if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            FileUtils.deleteDirectory(previous.toFile()); // a killed build left its staging folder: refill that one
        } else if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            move(previous, staging);
        }
        Files.createDirectories(staging);
        // Until the build commits, the marker says only that the folder is ours.
        Files.writeString(staging.resolve(MARKER), OutputFolderGuard.markerTextWhileBuilding());
        return new StagingFolder(out, kept, OutputFolderGuard.foreignFiles(out, kept), RecycledTree.open(staging));
    }

    private static Path stagingOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".staging");
    }

    private static Path previousOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".old");
    }

    /** Files someone put in the output folder that no build made; they are kept, and the build warns about them. */
    public List<String> foreignFiles() {
        return foreign;
    }

    public Path output() {
        return output;
    }

    /** The folder being filled, for checks that read the staged site before it is published. */
    @Override
    public Path path() {
        return staging;
    }

    @Override
    public void writeText(String relativePath, String text) {
        writeBytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeBytes(String relativePath, byte[] bytes) {
        try {
            files.write(relativePath, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(Path source, String relativePath) {
        try {
            files.write(relativePath, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes what the previous site had and this one does not, lists what this build made in the marker, carries
     * over kept files, then swaps the staging folder in. The previous site stays beside it for the next build.
     */
    @Override
    public void commit() throws IOException {
        Set<String> made = files.written();
        files.deleteUnwritten(Set.of(MARKER));
        Files.writeString(staging.resolve(MARKER), OutputFolderGuard.markerText(made));
        if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            kept.carryOver(output, staging);
            new KeptFiles(foreign).carryOver(output, staging);
        }
        if (Files.exists(output)) move(output, previous);
        try {
            move(staging, output);
        } catch (IOException e) {
            if (Files.exists(previous) && !Files.exists(output)) move(previous, output); // put the previous site back
            throw e;
        }
    }

    /** The output folder is untouched; what was written is kept beside it for the next build to refill. */
    @Override
    public void discard() {
        try {
            if (!Files.exists(staging)) return;
            if (Files.exists(previous)) {
                FileUtils.deleteDirectory(staging.toFile());
            } else {
                move(staging, previous);
            }
        } catch (IOException e) {
            // Nothing is lost: the staging folder holds only this build's output, and the next build refills it.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
