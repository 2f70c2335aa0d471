package org.dueregard.build;

import org.dueregard.render.TemplateRenderer;
import org.dueregard.site.Page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the preview keeps between rebuilds so a saved page costs one page, not the site: each file's front matter
 * (by modification time and size), each page's render (by a key of everything it depends on) and the compiled
 * templates. A page is rendered again when its own file changed, or when something every page depends on changed:
 * the config, templates, theme, datasets, content files, glossary, or any page's title, address or other metadata.
 */
public final class RenderCache {

    record FrontMatterEntry(String stamp, Page page) {
    }

    record RenderEntry(String key, SiteBuilder.PageOutcome outcome) {
    }

    final Map<String, FrontMatterEntry> frontMatter = new ConcurrentHashMap<>();
    /** Renders whose pages are on disk: a build that finds one keeps the file as it is. */
    final Map<String, RenderEntry> renders = new ConcurrentHashMap<>();
    /**
     * This build's new renders, moved into {@link #renders} only when the build commits its output: a failed build
     * writes nothing, and remembering its renders would keep an old page on disk as if it were the new one.
     */
    private final Map<String, RenderEntry> pending = new ConcurrentHashMap<>();
    private String templatesKey = "";
    private TemplateRenderer templates;
    private int rendered;

    /**
     * Forgets what was kept for these files (paths from the site folder, such as "content/report.md"), so the next
     * build reads them again whatever their stamps say: the preview calls this for every file it saw change, as two
     * saves within one tick of a coarse file-system clock can leave the same stamp. A page file costs that page;
     * any other file (config, dataset, template...) can change every page, so every render is forgotten (front
     * matter depends on its own page file only).
     */
    public void forget(Collection<String> siteFiles) {
        boolean everyPage = false;
        for (String file : siteFiles) {
            if (file.startsWith("content/") && file.endsWith(".md")) {
                frontMatter.remove(file.substring("content/".length()));
                renders.remove(file.substring("content/".length()));
            } else {
                everyPage = true;
            }
        }
        if (everyPage) {
            renders.clear();
            putTemplates("", null);
        }
    }

    void putRender(String sourcePath, RenderEntry entry) {
        pending.put(sourcePath, entry);
    }

    void removeRender(String sourcePath) {
        pending.remove(sourcePath);
        renders.remove(sourcePath);
    }

    /** The build's output is on disk: its renders can be reused. */
    void commitRenders() {
        renders.putAll(pending);
        pending.clear();
    }

    /** The build failed and wrote nothing: forget what it rendered. */
    void discardRenders() {
        pending.clear();
    }

    /** How many pages the last build rendered (the rest came from the cache). */
    public int rendered() {
        return rendered;
    }

    void countRendered(int count) {
        rendered = count;
    }

    Optional<TemplateRenderer> findTemplates(String key) {
        return key.equals(templatesKey) ? Optional.ofNullable(templates) : Optional.empty();
    }

    void putTemplates(String key, TemplateRenderer renderer) {
        templatesKey = key;
        templates = renderer;
    }

    /** "modified time/size" of a file, the cheap stamp make and most build tools trust; "" when it is missing. */
    static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.lastModifiedTime().toMillis() + "/" + attributes.lastModifiedTime().toInstant().getNano() + "/" + attributes.size();
        } catch (IOException e) {
            return "";
        }
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
