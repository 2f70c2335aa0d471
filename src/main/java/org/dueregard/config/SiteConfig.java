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
 * @param duty    the body's equality duty (duty:), for the calendar of what it must publish; empty when not given
 * @param statement what the accessibility statement says beyond the check results (accessibility_statement:)
 * @param allowHttp why the site is published over plain http (allow_http:), or empty
 * @param baseUrlLine the line of base_url in dueregard.yml, 0 when the address came from the command line
 * @param pdf     which pages a PDF document is made from when their front matter does not say (pdf:)
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
        List<String> keep,
        Optional<Duty> duty,
        Statement statement,
        Translations translations,
        PdfPages pdf) {

    public static final String FILE_NAME = "dueregard.yml";

    /**
     * The languages the site publishes pages in besides its own ({@code language:}): a page's translation sits beside
     * it as "report.cy.md".
     *
     * @param languages the other languages' codes, in the order the site lists them ("cy", "ur")
     * @param expected  those every page should be translated into (a missing translation is a warning)
     * @param required  those every page must be translated into (a missing translation is an error)
     */
    public record Translations(List<String> languages, java.util.Set<String> expected, java.util.Set<String> required, int line) {
        public static final Translations NONE = new Translations(List.of(), java.util.Set.of(), java.util.Set.of(), 0);
    }

    /** The pages that get a PDF unless their front matter says otherwise: those with layout: report, every page, or none. */
    public enum PdfPages { REPORTS, ALL, NONE }

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

    /**
     * What the Public Sector Equality Duty asks of the body that publishes the site, in England (the Specific Duties
     * Regulations, SI 2017/353).
     *
     * @param kind      the kind of public body, in words ("NHS body", "council")
     * @param employees how many people it employs: 150 or more must publish information about staff, 250 or more the
     *                  gender pay gap
     * @param asOf      the date the calendar is worked out at, for a demonstration or archive site; else the day of the build
     * @param strict    overdue publications are errors, not warnings
     * @param line      the line of duty: in dueregard.yml, for messages
     */
    public record Duty(String kind, int employees, Optional<java.time.LocalDate> asOf, boolean strict, int line) {
    }

    /**
     * What the accessibility statement says that the checks cannot know (the GOV.UK model statement's other parts).
     *
     * @param replyDays     working days to reply to a request for another format or a report of a problem
     * @param reportProblem an email or web address for reporting accessibility problems; empty to use the contact email
     * @param northernIreland the site is run from Northern Ireland, so the enforcement body is the Equality Commission
     *                      for Northern Ireland rather than the EHRC and EASS
     * @param prepared      when the statement was first prepared; empty to use the first check it records
     * @param manualTest    the last test by people, which automated checks cannot replace
     * @param burden        fixes the body says would be a disproportionate burden
     * @param outOfScope    content the accessibility regulations do not cover
     */
    public record Statement(int replyDays, String reportProblem, boolean northernIreland, Optional<java.time.LocalDate> prepared,
                            Optional<ManualTest> manualTest, List<Burden> burden, List<String> outOfScope) {

        public static final Statement DEFAULT = new Statement(10, "", false, Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** A test of the site by people: when, by whom and how. */
    public record ManualTest(java.time.LocalDate date, String by, String how) {
    }

    /** Content the body does not fix because the cost would be a disproportionate burden, and when it will look again. */
    public record Burden(String content, String reason, java.time.LocalDate reviewBy) {
    }

    /** The path part of the base URL ("/" or "/repo/"): every link in the site starts with it. */
    public String basePath() {
        String path = baseUrl.getRawPath();
        if (path == null || path.isEmpty()) return "/";
        return path.endsWith("/") ? path : path + "/";
    }

    public SiteConfig withBaseUrl(URI newBaseUrl) {
        return new SiteConfig(title, organisation, newBaseUrl, language, theme, banner, contact, navigation, footerLinks,
                acceptedIssues, easyReadRequired, readability, allowHttp, 0, keep, duty, statement, translations, pdf);
    }

    /** The absolute URL of a site path such as "/reports/" (which already includes the base path). */
    public String absoluteUrl(String sitePath) {
        String origin = baseUrl.getScheme() + "://" + baseUrl.getRawAuthority();
        return origin + sitePath;
    }
}
