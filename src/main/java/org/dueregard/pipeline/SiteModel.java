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
        DatasetLibrary datasets = DatasetReader.readAll(root, files, problems);
        DataEmbeds embeds = new DataEmbeds(datasets, config.basePath(), ChartCache.inFolder(root.resolve(".dueregard").resolve("charts")),
                ObjectivePages.addresses(pages));
        List<Page> withFigures = new ArrayList<>(FrontMatterFigures.apply(pages, embeds, problems));
        withFigures.addAll(ObjectivePages.of(withFigures, datasets, problems));
        Theme theme = Theme.load(root, config);
        Site site = site(config, files, withFigures, theme, problems, cache);
        String templatesKey = cache.isPresent() ? SiteKey.layersKey(theme, "templates") + SiteKey.layersKey(theme, "messages") : ""; // the words are read with the templates
        TemplateRenderer templates = cache.flatMap(c -> c.findTemplates(templatesKey)).orElseGet(() -> new TemplateRenderer(theme, root));
        cache.ifPresent(c -> c.putTemplates(templatesKey, templates));
        LayoutCheck.check(site, templates, problems);
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
