package org.dueregard.pipeline;

import org.dueregard.ProblemsException;
import org.dueregard.Problems;
import org.dueregard.checks.AcceptedIssues;
import org.dueregard.checks.Finding;
import org.dueregard.checks.PageSource;
import org.dueregard.checks.StaticChecks;
import org.dueregard.config.SiteConfig;
import org.dueregard.output.AtomFeed;
import org.dueregard.output.SiteOutput;
import org.dueregard.output.Sitemap;
import org.dueregard.render.TemplateRenderer;
import org.dueregard.render.ViewFactory;
import org.dueregard.site.Site;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The files every site has besides its pages: the sitemap, robots.txt, the feed of publications and the 404 page. */
final class SiteFiles {

    private SiteFiles() {
    }

    /** The files, kept as they are on disk when the preview's cache knows they have not changed. */
    static PageOutcome writeOrKeep(Site site, TemplateRenderer templates, SiteOutput output, Problems problems, AcceptedIssues accepted,
                                   Optional<RenderCache> cache, String siteKey) throws ProblemsException {
        Optional<PageOutcome> known = cache.flatMap(c -> c.findSiteFiles(siteKey));
        if (known.isPresent()) {
            List.of("sitemap.xml", "robots.txt", "feed.xml", "404.html").forEach(output::keep);
            known.get().staticFindings().forEach(finding -> problems.add(finding.toProblem()));
            return known.get();
        }
        PageOutcome notFound = write(site, templates, output, problems, accepted);
        cache.ifPresent(c -> c.putSiteFiles(siteKey, notFound));
        return notFound;
    }

    /** Writes them; returns the 404 page's outcome, which the checks treat as one more page. */
    static PageOutcome write(Site site, TemplateRenderer templates, SiteOutput output, Problems problems, AcceptedIssues accepted)
            throws ProblemsException {
        SiteConfig config = site.config();
        List<Sitemap.Entry> entries = site.pages().stream()
                .map(page -> new Sitemap.Entry(config.absoluteUrl(site.urlOf(page)),
                        page.frontMatter().updated().or(() -> page.frontMatter().date())))
                .toList();
        output.writeText("sitemap.xml", Sitemap.render(entries));
        output.writeText("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + config.absoluteUrl(config.basePath() + "sitemap.xml") + "\n");
        List<AtomFeed.Entry> feed = site.publications().stream()
                .map(page -> new AtomFeed.Entry(page.title(), config.absoluteUrl(site.urlOf(page)), page.frontMatter().summary(),
                        page.frontMatter().date().orElseThrow(),
                        page.frontMatter().updated().orElse(page.frontMatter().date().orElseThrow())))
                .toList();
        output.writeText("feed.xml", AtomFeed.render(config.title(), config.organisation(), config.absoluteUrl(config.basePath()),
                config.absoluteUrl(config.basePath() + "feed.xml"), feed));
        ViewFactory views = new ViewFactory(site);
        String notFound = templates.render("404", views.siteView(null), views.notFoundView());
        output.writeText("404.html", notFound);
        PageSource source = new PageSource(config.basePath() + "404.html", "404.html", "", "", 1, templates.layoutPath("404"));
        List<Finding> findings = accepted.apply(StaticChecks.check(notFound, source, href -> -1));
        findings.forEach(finding -> problems.add(finding.toProblem()));
        return new PageOutcome("404.html", Set.of(), List.of(), findings, source, Set.of(), Set.of(), "");
    }
}
