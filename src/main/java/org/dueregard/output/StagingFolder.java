package org.dueregard.output;

import org.apache.commons.io.FileUtils;
import org.dueregard.Problem;
import org.dueregard.ProblemsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A build writes into a staging folder beside the output folder and swaps it in only when everything worked, so a
 * failed build leaves the previous site untouched. Writes are confined to the staging folder.
 */
public final class StagingFolder implements SiteOutput {

    /** A file in every output folder we make, so we never replace a folder that is not ours. */
    public static final String MARKER = ".dueregard-site";

    private static final String MARKER_TEXT = "This folder was built by dueregard and is replaced by each build.\n";
    private static final String MANIFEST_HEADING = "Files made by this build:\n";

    private final Path output;
    private final Path staging;
    private final KeptFiles kept;
    /** Files in the previous output that no build made and the site does not list under keep: carried over too. */
    private final java.util.List<String> foreign;

    private StagingFolder(Path output, Path staging, KeptFiles kept, java.util.List<String> foreign) {
        this.output = output;
        this.staging = staging;
        this.kept = kept;
        this.foreign = foreign;
    }

    /**
     * Checks that the output folder is safe to replace and creates an empty staging folder.
     *
     * @param siteRoot the folder with dueregard.yml; the output may be inside it but must not contain it
     */
    public static StagingFolder prepare(Path output, Path siteRoot, Path contentFolder, KeptFiles kept) throws ProblemsException, IOException {
        Path out = checkSafe(output, siteRoot, contentFolder, kept);
        Path staging = out.resolveSibling("." + out.getFileName() + ".staging");
        // Left over from an earlier build, these are deleted: only if they are ours, as a name can be taken by anything.
        for (Path leftover : java.util.List.of(staging, oldFolder(out))) {
            if (Files.exists(leftover, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !isOurs(leftover)) {
                throw new ProblemsException(Problem.error("", 0, "The folder " + leftover + " is in the way: dueregard builds there, "
                        + "but it holds files that dueregard did not make.", "Move or rename that folder, then build again."));
            }
        }
        if (Files.exists(staging)) FileUtils.deleteDirectory(staging.toFile());
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(MARKER), MARKER_TEXT);
        return new StagingFolder(out, staging, kept, foreignFiles(out, kept));
    }

    /**
     * Files of the previous output that its build did not make (the marker lists what it made) and that are not kept
     * anyway: someone put them there, so they are carried over rather than deleted, and the build says so.
     */
    private static java.util.List<String> foreignFiles(Path output, KeptFiles kept) throws IOException {
        Path marker = output.resolve(MARKER);
        if (!Files.isRegularFile(marker, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return java.util.List.of();
        String text = Files.readString(marker);
        int list = text.indexOf(MANIFEST_HEADING);
        if (list < 0) return java.util.List.of(); // made by an older version, which listed nothing: all of it is ours
        java.util.Set<String> made = new java.util.HashSet<>(java.util.List.of(text.substring(list + MANIFEST_HEADING.length()).split("\n")));
        made.add(MARKER);
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> output.relativize(p).toString().replace('\\', '/'))
                    .filter(relative -> !made.contains(relative) && !kept.matches(relative)).sorted().toList();
        }
    }

    /** Files someone put in the output folder that no build made; they are kept, and the build warns about them. */
    public java.util.List<String> foreignFiles() {
        return foreign;
    }

    /**
     * Checks that the output folder is safe to replace: not the site folder, not inside content/, not a folder of
     * someone else's files. Returns it as an absolute path.
     */
    public static Path checkSafe(Path output, Path siteRoot, Path contentFolder, KeptFiles kept) throws ProblemsException, IOException {
        Path out = output.toAbsolutePath().normalize();
        Path root = siteRoot.toAbsolutePath().normalize();
        Path content = contentFolder.toAbsolutePath().normalize();
        if (root.startsWith(out)) {
            throw new ProblemsException(Problem.error("", 0, "The output folder " + out + " is the site folder or contains it; building there would delete your sources.",
                    "Choose an output folder of its own, such as --output site"));
        }
        if (out.startsWith(content)) {
            throw new ProblemsException(Problem.error("", 0, "The output folder " + out + " is inside the content folder.",
                    "Choose an output folder outside content/, such as --output site"));
        }
        if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new ProblemsException(Problem.error("", 0, "The output " + out + " is a file, not a folder.",
                    "Choose a folder for the website, such as --output site"));
        }
        if (Files.exists(out) && !isOurs(out) && !holdsOnlyKept(out, kept)) {
            throw new ProblemsException(Problem.error("", 0, "The output folder " + out + " already holds files that dueregard did not make, so it will not replace it.",
                    "Choose another output folder, or empty this one first if you are sure."));
        }
        return out;
    }

    private static Path oldFolder(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".old");
    }

    /** A folder holding nothing but kept files (say a CNAME made before the first build) may be built into. */
    private static boolean holdsOnlyKept(Path folder, KeptFiles kept) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .allMatch(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && kept.matches(folder.relativize(p).toString().replace('\\', '/')));
        }
    }

    private static boolean isOurs(Path folder) throws IOException {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
        if (Files.exists(folder.resolve(MARKER))) return true;
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    public Path output() {
        return output;
    }

    /** The folder being filled, for checks that read the staged site before it is published. */
    @Override
    public Path path() {
        return staging;
    }

    /** Writes a text file at a path relative to the site root, creating folders as needed. */
    @Override
    public void writeText(String relativePath, String text) {
        writeBytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeBytes(String relativePath, byte[] bytes) {
        Path target = resolveInside(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(Path source, String relativePath) {
        Path target = resolveInside(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolveInside(String relativePath) {
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("Refusing to write outside the output folder: " + relativePath);
        }
        return target;
    }

    /** Replaces the output folder with the staging folder. */
    @Override
    public void commit() throws IOException {
        writeManifest();
        if (Files.isDirectory(output, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            kept.carryOver(output, staging);
            new KeptFiles(foreign).carryOver(output, staging);
        }
        Path old = oldFolder(output);
        if (Files.exists(old)) FileUtils.deleteDirectory(old.toFile());
        if (Files.exists(output)) move(output, old);
        try {
            move(staging, output);
        } catch (IOException e) {
            if (Files.exists(old) && !Files.exists(output)) move(old, output); // put the previous site back
            throw e;
        }
        if (Files.exists(old)) FileUtils.deleteDirectory(old.toFile());
    }

    /** Lists in the marker every file this build made, so the next build can tell them from files someone added. */
    private void writeManifest() throws IOException {
        java.util.List<String> made;
        try (Stream<Path> walk = Files.walk(staging)) {
            made = walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> staging.relativize(p).toString().replace('\\', '/'))
                    .filter(relative -> !relative.equals(MARKER)).sorted().toList();
        }
        Files.writeString(staging.resolve(MARKER), markerText(made));
    }

    /** The marker's text: what the folder is, and the files the build made (sorted), one a line. */
    static String markerText(java.util.Collection<String> made) {
        return MARKER_TEXT + MANIFEST_HEADING + String.join("\n", made.stream().filter(f -> !f.equals(MARKER)).sorted().toList()) + "\n";
    }

    /** Throws the staged files away; the output folder is untouched. */
    @Override
    public void discard() {
        try {
            if (Files.exists(staging)) FileUtils.deleteDirectory(staging.toFile());
        } catch (IOException e) {
            // Nothing is lost: the staging folder is rebuilt from scratch next time.
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
