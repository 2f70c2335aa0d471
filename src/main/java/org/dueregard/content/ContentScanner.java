package org.dueregard.content;

import org.dueregard.Problem;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Lists the files under a content folder. Hidden files and folders (starting with '.') are skipped; links, pipes and
 * unreadable files are judged by {@link SiteFileGuard}, and what it refuses or skips is reported, never silent.
 */
public final class ContentScanner {

    private ContentScanner() {
    }

    /** @param guard decides on links, pipes and unreadable files; its root is the site folder */
    public static ContentFiles scan(Path contentFolder, SiteFileGuard guard) throws IOException {
        List<String> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Files.walkFileTree(contentFolder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String relative = SitePaths.toRelative(contentFolder, dir);
                return !relative.isEmpty() && isHidden(relative) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String relative = SitePaths.toRelative(contentFolder, file);
                if (isHidden(relative)) return FileVisitResult.CONTINUE;
                if (!roundTrips(contentFolder, relative)) {
                    problems.add(Problem.error("content/" + relative, 0, "This file's name cannot be read in the system's character set.",
                            "Run dueregard with a UTF-8 locale (for example LC_ALL=C.UTF-8, as the ./dueregard launcher does), "
                                    + "or rename the file with the letters a to z."));
                    return FileVisitResult.CONTINUE;
                }
                SiteFileGuard.Decision decision = guard.check(file, "content/" + relative);
                decision.problem().ifPresent(problems::add);
                if (decision.verdict() == SiteFileGuard.Verdict.USE) found.add(relative);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String relative = SitePaths.toRelative(contentFolder, file);
                if (!isHidden(relative)) problems.add(SiteFileGuard.unreadable("content/" + relative, e));
                return FileVisitResult.CONTINUE;
            }
        });
        return sort(found, problems);
    }

    private static ContentFiles sort(List<String> found, List<Problem> problems) {
        List<String> pages = new ArrayList<>();
        List<String> datasets = new ArrayList<>();
        List<String> records = new ArrayList<>();
        TreeSet<String> assets = new TreeSet<>();
        TreeSet<String> folders = new TreeSet<>();
        for (String relative : found.stream().sorted().toList()) {
            String extension = extensionOf(relative);
            if (extension.equals("md")) {
                pages.add(relative);
            } else if (ContentFiles.PUBLISHED_EXTENSIONS.contains(extension)) {
                assets.add(relative);
            } else if (extension.equals("yml") || extension.equals("yaml")) {
                datasets.add(relative);
                continue;
            } else if (ContentFiles.RECORD_EXTENSIONS.contains(extension)) {
                records.add(relative);
                continue;
            } else {
                continue;
            }
            folders.add(SitePaths.folderOf(relative));
        }
        problems.sort(Problem.ORDER);
        return new ContentFiles(List.copyOf(pages), java.util.Collections.unmodifiableSet(assets),
                java.util.Collections.unmodifiableSet(folders), List.copyOf(datasets), List.copyOf(records), List.copyOf(problems));
    }

    /** Under a C or POSIX locale, Java cannot name files with letters outside ASCII: such a name does not come back. */
    private static boolean roundTrips(Path folder, String relative) {
        try {
            return relative.indexOf('\uFFFD') < 0 && java.nio.file.Files.exists(folder.resolve(relative), java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static boolean isHidden(String relative) {
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".")) return true;
        }
        return false;
    }

    static String extensionOf(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
