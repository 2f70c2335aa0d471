package org.dueregard.pipeline;

import org.dueregard.Problems;
import org.dueregard.content.ContentFiles;
import org.dueregard.output.PublishedFiles;
import org.dueregard.output.SiteOutput;
import org.dueregard.render.Theme;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Copies the theme's assets (of the easy-read picture set, only the pictures pages use, and its licence) and the
 * files published beside pages; data files are never copied. The site's own files are checked on the way (SVG
 * sanitised, images and documents what their extension says); the built-in theme's are ours.
 */
final class FileCopier {

    private FileCopier() {
    }

    /** Returns how many files were copied. */
    static int copyAll(Path root, ContentFiles files, Theme theme, SiteOutput output, Set<String> pictures, Set<String> draftOnly,
                       Problems problems)
            throws IOException {
        int copied = 0;
        for (Map.Entry<String, Path> asset : theme.assets().entrySet()) {
            String path = asset.getKey();
            if (path.startsWith("easy-read/") && !isUsed(path.substring("easy-read/".length()), pictures)) continue;
            if (asset.getValue().startsWith(root)) {
                String file = root.relativize(asset.getValue()).toString().replace('\\', '/');
                PublishedFiles.publish(asset.getValue(), file, "assets/" + asset.getKey(), output, problems);
            } else {
                output.copy(asset.getValue(), "assets/" + asset.getKey());
            }
            copied++;
        }
        for (String asset : files.assets()) {
            if (draftOnly.contains(asset)) continue; // published with the draft that uses it, not before
            PublishedFiles.publish(root.resolve("content").resolve(asset), "content/" + asset, asset, output, problems);
            copied++;
        }
        return copied;
    }

    /** A picture of the easy-read set is published when a page uses it; its licence when any page uses one. */
    private static boolean isUsed(String name, Set<String> pictures) {
        boolean used = name.endsWith(".svg") && pictures.contains(name.substring(0, name.length() - 4));
        boolean licence = name.equals("LICENCE.txt") && !pictures.isEmpty();
        return used || licence;
    }
}
