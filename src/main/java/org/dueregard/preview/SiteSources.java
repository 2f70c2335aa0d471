package org.dueregard.preview;

import java.util.List;

/**
 * Which files in a site folder a build reads, so the watcher and the stamps look at the same ones: the config, the
 * glossary, and everything in content, templates, assets, themes and messages, except hidden files (editors' swap files) and
 * backups ending in "~".
 */
final class SiteSources {

    static final List<String> FILES = List.of("dueregard.yml", "glossary.yml");
    static final List<String> FOLDERS = List.of("content", "templates", "assets", "themes", "messages");

    private SiteSources() {
    }

    /** True for a path (from the site folder, with "/") that a build may read. */
    static boolean isSource(String relative) {
        if (FILES.contains(relative)) return true;
        int slash = relative.indexOf('/');
        String top = slash < 0 ? relative : relative.substring(0, slash);
        return FOLDERS.contains(top) && !relative.endsWith("~") && !relative.contains("/.");
    }
}
