package org.dueregard.pipeline;

import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.charts.ChartCache;
import org.dueregard.charts.DataEmbeds;
import org.dueregard.config.SiteConfig;
import org.dueregard.content.ContentFiles;
import org.dueregard.data.DatasetLibrary;
import org.dueregard.render.PictureSet;
import org.dueregard.render.TemplateRenderer;
import org.dueregard.render.Theme;
import org.dueregard.site.ObjectivePages;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 4: the datasets and their figures, the theme, the site model (sections, menus, pairs) and the templates.
 * The preview keeps the site model and the templates while what they are made from stays the same.
 */
final class SiteModel {

    /**
     * @param templatesKey what the templates were compiled from (the preview's; "" for a published build)
     */
    record Parts(DatasetLibrary datasets, DataEmbeds embeds, Theme theme, Site site, TemplateRenderer templates, String templatesKey) {
    }

    private SiteModel() {
    }

    static Parts make(Path root, SiteConfig config, ContentFiles files, List<Page> pages, Problems problems, Optional<RenderCache> cache)
            throws ProblemsException, IOException {
        // The preview keeps each step's result while its inputs are the same objects. The content list is the same
        // object only while the preview was told of every change and no file was added or removed, and any change
        // to a dataset or other file that is not a page drops what was kept.
        DatasetLibrary datasets = RenderCache.reuse(cache, "datasets", List.of(files), problems, found -> DatasetReader.readAll(root, files, found));
        Map<String, String> objectivePages = RenderCache.reuse(cache, "objective pages", List.of(pages), problems,
                found -> ObjectivePages.addresses(pages));
        DataEmbeds embeds = new DataEmbeds(datasets, config.basePath(), ChartCache.inFolder(root.resolve(".dueregard").resolve("charts")),
                objectivePages);
        List<Page> withFigures = RenderCache.reuse(cache, "pages with figures", List.of(pages, datasets, config), problems, found -> {
            List<Page> made = new ArrayList<>(FrontMatterFigures.apply(pages, embeds, found));
            made.addAll(ObjectivePages.of(made, datasets, found));
            return List.copyOf(made);
        });
        Theme theme = Theme.load(root, config);
        Site site = site(config, files, withFigures, theme, problems, cache);
        String templatesKey = cache.isPresent() ? SiteKey.layersKey(theme, "templates") + SiteKey.layersKey(theme, "messages") : ""; // the words are read with the templates
        TemplateRenderer templates = cache.flatMap(c -> c.findTemplates(templatesKey)).orElseGet(() -> new TemplateRenderer(theme, root));
        cache.ifPresent(c -> c.putTemplates(templatesKey, templates));
        RenderCache.reuse(cache, "layouts", List.of(site, templates), problems, found -> {
            LayoutCheck.check(site, templates, found);
            return site;
        });
        return new Parts(datasets, embeds, theme, site, templates, templatesKey);
    }

    private static Site site(SiteConfig config, ContentFiles files, List<Page> pages, Theme theme, Problems problems, Optional<RenderCache> cache)
            throws ProblemsException, IOException {
        Optional<Site> known = cache.flatMap(c -> c.findSite(config, files, pages, problems));
        if (known.isPresent()) return known.get();
        Problems found = new Problems();
        Site site = Site.of(config, pages, files, PictureSet.load(theme, config.basePath()), found);
        problems.addAll(found.sorted());
        cache.ifPresent(c -> c.putSite(config, files, pages, site, found.sorted()));
        return site;
    }
}
