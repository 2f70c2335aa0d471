package org.dueregard.config;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The site's settings from {@code dueregard.yml}.
 *
 * @param baseUrl absolute URL where the site is published, always ending in "/"
 * @param banner  a short notice shown at the top of every page, such as "Demonstration site", or empty
 * @param keep    files in the output folder that builds must not delete (besides CNAME, .nojekyll and .well-known/)
 * @param allowHttp why the site is published over plain http (allow_http:), or empty
 * @param baseUrlLine the line of base_url in dueregard.yml, 0 when the address came from the command line
 */
public record SiteConfig(
        String title,
        String organisation,
        URI baseUrl,
        String language,
        String theme,
        String banner,
        Contact contact,
        List<NavLink> navigation,
        List<NavLink> footerLinks,
        List<AcceptedIssue> acceptedIssues,
        boolean easyReadRequired,
        java.util.Map<String, Double> readability,
        String allowHttp,
        int baseUrlLine,
        List<String> keep) {

    public static final String FILE_NAME = "dueregard.yml";

    /** How people ask for the information in another format. Empty strings mean "not given". */
    public record Contact(String email, String phone, String textRelay, String address) {
        public boolean isEmpty() {
            return email.isEmpty() && phone.isEmpty() && textRelay.isEmpty() && address.isEmpty();
        }

        /** The phone number as a {@code tel:} link dials it: digits, with a leading + for an international number. */
        public String dialNumber() {
            return ContactDetails.dialable(phone);
        }
    }

    /**
     * A link in the navigation or the footer: either to a page of the site (its Markdown file, relative to
     * {@code content/}) or to an external URL.
     */
    public record NavLink(String title, Optional<String> page, Optional<String> url, int line) {
    }

    /** The path part of the base URL ("/" or "/repo/"): every link in the site starts with it. */
    public String basePath() {
        String path = baseUrl.getRawPath();
        if (path == null || path.isEmpty()) return "/";
        return path.endsWith("/") ? path : path + "/";
    }

    public SiteConfig withBaseUrl(URI newBaseUrl) {
        return new SiteConfig(title, organisation, newBaseUrl, language, theme, banner, contact, navigation, footerLinks,
                acceptedIssues, easyReadRequired, readability, allowHttp, 0, keep);
    }

    /** The absolute URL of a site path such as "/reports/" (which already includes the base path). */
    public String absoluteUrl(String sitePath) {
        String origin = baseUrl.getScheme() + "://" + baseUrl.getRawAuthority();
        return origin + sitePath;
    }
}
