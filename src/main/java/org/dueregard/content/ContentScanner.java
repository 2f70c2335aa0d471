package org.dueregard.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Lists the files under a content folder. Hidden files and folders (starting with '.') are skipped. */
public final class ContentScanner {

    private ContentScanner() {
    }

    public static ContentFiles scan(Path contentFolder) throws IOException {
        List<String> pages = new ArrayList<>();
        List<String> datasets = new ArrayList<>();
        List<String> records = new ArrayList<>();
        TreeSet<String> assets = new TreeSet<>();
        TreeSet<String> folders = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(contentFolder)) {
            for (Path path : walk.sorted().toList()) {
                String relative = SitePaths.toRelative(contentFolder, path);
                if (relative.isEmpty() || isHidden(relative) || !Files.isRegularFile(path)) continue;
                String extension = extensionOf(relative);
                if (extension.equals("md")) {
                    pages.add(relative);
                } else if (ContentFiles.PUBLISHED_EXTENSIONS.contains(extension)) {
                    assets.add(relative);
                } else if (extension.equals("yml") || extension.equals("yaml")) {
                    datasets.add(relative);
                    continue;
                } else if (extension.equals("csv")) {
                    records.add(relative);
                    continue;
                } else {
                    continue;
                }
                folders.add(SitePaths.folderOf(relative));
            }
        }
        return new ContentFiles(List.copyOf(pages), java.util.Collections.unmodifiableSet(assets),
                java.util.Collections.unmodifiableSet(folders), List.copyOf(datasets), List.copyOf(records));
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
