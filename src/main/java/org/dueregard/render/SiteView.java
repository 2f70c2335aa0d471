package org.dueregard.render;

import org.dueregard.config.SiteConfig;
import org.dueregard.site.NavItem;

import java.util.List;

/** What a template knows about the site around the page. */
public record SiteView(
        String title,
        String organisation,
        String language,
        String banner,
        String basePath,
        String homeUrl,
        String feedUrl,
        SiteConfig.Contact contact,
        List<NavItem> navigation,
        List<NavItem> footerLinks) {
}
