package org.dueregard.output;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which folders a build may write, replace or delete: only folders it made (they hold the marker file), never the
 * site folder, never one inside content/, never a folder of someone else's files. The marker also lists the files
 * its build made, so files someone added later can be told apart and kept.
 */
public final class OutputFolderGuard {

    /** A file in every output folder we make, so we never replace a folder that is not ours. */
    public static final String MARKER = ".dueregard-site";

    private static final String MARKER_TEXT = "This folder was built by dueregard and is replaced by each build.\n";
    private static final String MANIFEST_HEADING = "Files made by this build:\n";

    /** The site's own theme folders: a build reads them, so it must never write into them. */
    private static final java.util.List<String> SOURCE_FOLDERS = java.util.List.of("assets", "templates", "themes", "messages");

    private OutputFolderGuard() {
    }

    /**
     * Checks that the output folder is safe to replace: not the site folder, not inside content/ or the
     * site's theme folders, not a folder of
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
        for (String sources : SOURCE_FOLDERS) {
            if (out.startsWith(root.resolve(sources))) {
                throw new ProblemsException(Problem.error("", 0, "The output folder " + out + " is inside the site's " + sources
                        + "/ folder, so the next build would publish the last one's pages as theme files.",
                        "Choose an output folder outside " + sources + "/, such as --output site"));
            }
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProblemsException(Problem.error("", 0, "The output " + out + " is a file, not a folder.",
                    "Choose a folder for the website, such as --output site"));
        }
        if (Files.exists(out) && !isOurs(out) && !holdsOnlyKept(out, kept)) {
            throw new ProblemsException(Problem.error("", 0, "The output folder " + out + " already holds files that dueregard did not make, so it will not replace it.",
                    "Choose another output folder, or empty this one first if you are sure."));
        }
        return out;
    }

    /** Stops the build when a folder a build works in (staging, previous site) holds files that are not ours. */
    static void requireOursOrMissing(Path folder) throws ProblemsException, IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !isOurs(folder)) {
            throw new ProblemsException(Problem.error("", 0, "The folder " + folder + " is in the way: dueregard builds there, "
                    + "but it holds files that dueregard did not make.", "Move or rename that folder, then build again."));
        }
    }

    /** A folder with our marker, or an empty one. */
    static boolean isOurs(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return false;
        if (Files.exists(folder.resolve(MARKER))) return true;
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A folder holding nothing but kept files (say a CNAME made before the first build) may be built into. */
    private static boolean holdsOnlyKept(Path folder, KeptFiles kept) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .allMatch(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            && kept.matches(folder.relativize(p).toString().replace('\\', '/')));
        }
    }

    /**
     * Files of an output folder that its build did not make (the marker lists what it made) and that are not kept
     * anyway: someone put them there, so they are carried over rather than deleted, and the build says so.
     */
    static List<String> foreignFiles(Path output, KeptFiles kept) throws IOException {
        Path marker = output.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) return List.of();
        String text = Files.readString(marker);
        int list = text.indexOf(MANIFEST_HEADING);
        if (list < 0) return List.of(); // made by an older version, which listed nothing: all of it is ours
        Set<String> made = new HashSet<>(List.of(text.substring(list + MANIFEST_HEADING.length()).split("\n")));
        made.add(MARKER);
        List<String> foreign = new ArrayList<>();
        for (String file : filesIn(output)) {
            if (!made.contains(file) && !kept.matches(file)) foreign.add(file);
        }
        return foreign.stream().sorted().toList();
    }

    /** Every ordinary file in a folder, relative with forward slashes, in one walk (links are not followed). */
    static List<String> filesIn(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) files.add(folder.relativize(file).toString().replace('\\', '/'));
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** The marker's text: what the folder is, and the files the build made (sorted), one a line. */
    static String markerText(java.util.Collection<String> made) {
        return MARKER_TEXT + MANIFEST_HEADING + String.join("\n", made.stream().filter(f -> !f.equals(MARKER)).sorted().toList()) + "\n";
    }

    /** The marker of a folder being filled, before its build knows what it will make. */
    static String markerTextWhileBuilding() {
        return MARKER_TEXT;
    }
}
