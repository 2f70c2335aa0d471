package org.dueregard.pipeline;

import org.dueregard.config.SiteConfig;
import org.dueregard.content.ContentFiles;
import org.dueregard.render.Theme;
import org.dueregard.site.LastCheck;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * For the preview: one key for everything every page depends on besides its own file and the pages it shows: the
 * options, the config, templates and assets, content files and datasets, the glossary, and which pages the site has
 * (their addresses, kinds and pairs), since links and menus resolve against them.
 */
final class SiteKey {

    private SiteKey() {
    }

    /** The key, kept with the site model while that model is kept (no file but pages changed since). */
    static String of(Path root, BuildOptions options, SiteConfig config, ContentFiles files, SiteModel.Parts model, RenderCache cache) {
        Optional<String> known = cache.findSiteKey(model.site());
        if (known.isPresent()) return known.get();
        String key = of(root, options, config, files, model.theme(), model.site(), model.templatesKey());
        cache.putSiteKey(model.site(), key);
        return key;
    }

    private static String of(Path root, BuildOptions options, SiteConfig config, ContentFiles files, Theme theme, Site site, String templatesKey) {
        StringBuilder key = new StringBuilder();
        key.append(options.baseUrl()).append('|').append(options.includeDrafts()).append('|').append(config).append('\n');
        key.append(templatesKey).append('|').append(layersKey(theme, "assets")).append('\n');
        Path content = root.resolve("content");
        for (String asset : files.assets()) key.append(asset).append('=').append(RenderCache.stamp(content.resolve(asset))).append(';');
        for (String dataset : files.datasets()) key.append(dataset).append('=').append(RenderCache.stamp(content.resolve(dataset))).append(';');
        for (String records : files.records()) key.append(records).append('=').append(RenderCache.stamp(content.resolve(records))).append(';');
        key.append(RenderCache.stamp(root.resolve("glossary.yml"))).append('|')
                .append(RenderCache.stamp(root.resolve(".dueregard").resolve(LastCheck.FILE))).append('\n');
        for (Page page : site.pages()) {
            key.append(page.sourcePath()).append('|').append(page.urlPath()).append('|').append(page.kind()).append('|')
                    .append(page.generated()).append('|').append(page.frontMatter().pair().orElse("")).append('\n');
        }
        return org.dueregard.Sha256.hex(key.toString());
    }

    /** Every file of a theme folder ("templates", "assets") in every layer, with its stamp. */
    static String layersKey(Theme theme, String folder) {
        StringBuilder key = new StringBuilder();
        for (Path layer : theme.layers()) {
            Path dir = layer.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) key.append(file).append('=').append(RenderCache.stamp(file)).append(';');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return org.dueregard.Sha256.hex(key.toString());
    }
}
