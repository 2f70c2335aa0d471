package org.dueregard.render;

import org.dueregard.config.SiteConfig;
import org.dueregard.site.NavItem;

import java.util.List;

/**
 * What a template knows about the site around the page.
 *
 * @param searchUrl the search page's address; null when the site has none
 */
public record SiteView(
        String title,
        String organisation,
        String language,
        String banner,
        String basePath,
        String homeUrl,
        String feedUrl,
        String searchUrl,
        SiteConfig.Contact contact,
        List<NavItem> navigation,
        List<NavItem> footerLinks,
        List<KnownIssue> knownIssues,
        StatementView statement) {

    /** An accessibility problem the site has accepted for now (from dueregard.yml), for the accessibility statement. */
    public record KnownIssue(String rule, String page, String reason, DateView reviewBy) {
    }
}
