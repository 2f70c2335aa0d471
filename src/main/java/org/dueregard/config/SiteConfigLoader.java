package org.dueregard.config;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code dueregard.yml} text into a {@link SiteConfig}, reporting every mistake with its line. */
public final class SiteConfigLoader {

    static final Set<String> KEYS = Set.of("title", "organisation", "base_url", "language", "theme", "banner",
            "contact", "navigation", "footer_links", "accessibility_exceptions", "easy_read_required", "readability",
            "allow_http", "keep", "duty", "accessibility_statement",
            "translations", "translations_expected", "translations_required", "pdf");
    static final Set<String> STATEMENT_KEYS = Set.of("reply_days", "report_problem", "northern_ireland", "prepared", "manual_test",
            "disproportionate_burden", "out_of_scope");
    static final Set<String> DUTY_KEYS = Set.of("kind", "nation", "employees", "as_of", "strict");
    /** The readability thresholds a site may change, with the guidance's defaults. */
    public static final java.util.Map<String, Double> READABILITY_DEFAULTS = java.util.Map.of(
            "easy_read_sentence_error", 15.0, "easy_read_sentence_warning", 10.0, "easy_read_page_words", 1000.0,
            "easy_read_flesch", 80.0, "sentence_words", 25.0, "paragraph_sentences", 5.0, "flesch", 60.0);
    static final Set<String> EXCEPTION_KEYS = Set.of("rule", "page", "reason", "review_by", "criterion");
    static final Set<String> CONTACT_KEYS = Set.of("email", "phone", "text_relay", "address");
    static final Set<String> LINK_KEYS = Set.of("title", "page", "url");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    private SiteConfigLoader() {
    }

    /** Parses the config; {@code file} names it in messages. */
    public static SiteConfig parse(String text, String file) throws ProblemsException {
        YamlNode root = YamlParser.parse(text, file, 1);
        Problems problems = new Problems();
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new ProblemsException(Problem.error(file, root.line(), "The site config should be a list of 'key: value' lines.",
                    "Start with a line such as: title: Equality information"));
        }
        YamlFields fields = new YamlFields(mapping, file, problems, "site config");
        fields.rejectUnknownKeys(KEYS);
        String title = fields.requireText("title", "Add a line such as: title: Meeting the equality duty");
        String organisation = fields.requireText("organisation", "Add a line such as: organisation: Anytown Council");
        URI baseUrl = readBaseUrl(fields);
        String allowHttp = readAllowHttp(fields);
        String language = fields.findText("language").orElse("en-GB");
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            problems.add(Problem.error(file, fields.lineOf("language"), "'" + language + "' is not a language code.",
                    "Use a code such as en-GB, cy or pl."));
        }
        String theme = fields.findText("theme").orElse("default");
        if (!theme.matches("[A-Za-z0-9_-]{1,64}")) {
            problems.add(Problem.error(file, fields.lineOf("theme"), "theme: '" + theme + "' is not a theme's name: a theme is a name, not a path.",
                    "Use theme: default, or the name of a folder under themes/ in your site."));
            theme = "default";
        }
        String banner = fields.findText("banner").orElse("");
        SiteConfig.Contact contact = readContact(fields);
        List<SiteConfig.NavLink> navigation = readLinks(fields, "navigation");
        List<SiteConfig.NavLink> footer = readLinks(fields, "footer_links");
        List<AcceptedIssue> accepted = readAcceptedIssues(fields);
        problems.throwIfErrors();
        boolean easyReadRequired = fields.findBoolean("easy_read_required", false);
        java.util.Map<String, Double> readability = readReadability(fields);
        List<String> keep = readKeep(fields);
        Optional<SiteConfig.Duty> duty = readDuty(fields);
        SiteConfig.Statement statement = readStatement(fields);
        SiteConfig.Translations translations = readTranslations(fields, language);
        SiteConfig.PdfPages pdf = readPdfPages(fields);
        problems.throwIfErrors();
        return new SiteConfig(title, organisation, baseUrl, language, theme, banner, contact, navigation, footer, accepted,
                easyReadRequired, readability, allowHttp, fields.lineOf("base_url"), keep, duty, statement, translations, pdf);
    }

    /** pdf: reports (the default), all or none. */
    private static SiteConfig.PdfPages readPdfPages(YamlFields fields) {
        String text = fields.findText("pdf").orElse("reports").toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "reports" -> SiteConfig.PdfPages.REPORTS;
            case "all" -> SiteConfig.PdfPages.ALL;
            case "none" -> SiteConfig.PdfPages.NONE;
            default -> {
                fields.problems().add(Problem.error(fields.file(), fields.lineOf("pdf"), "pdf: '" + text + "' is not one of reports, all or none"
                                + org.dueregard.Suggestions.didYouMean(text, Set.of("reports", "all", "none")),
                        "Write pdf: reports (a PDF of every page with layout: report), pdf: all (every page) or pdf: none."));
                yield SiteConfig.PdfPages.REPORTS;
            }
        };
    }

    private static URI readBaseUrl(YamlFields fields) {
        String text = fields.requireText("base_url", "Add the address the site is published at, for example: base_url: https://equality.example.org/");
        if (text.isEmpty()) return URI.create("http://localhost/");
        if (text.matches("(?i)\\s*https?://[^/?#]*@.*")) {
            fields.problems().add(Problem.error(fields.file(), fields.lineOf("base_url"),
                    "base_url has a user name or password in it (the part before @): it would be published in every page's links.",
                    "Write only the public address, for example: base_url: https://equality.example.org/"));
            return URI.create("http://localhost/");
        }
        Optional<URI> uri = parseBaseUrl(text);
        if (uri.isEmpty()) {
            fields.problems().add(Problem.error(fields.file(), fields.lineOf("base_url"),
                    "base_url '" + text + "' is not a full web address.",
                    "Write it with http:// or https://, for example: base_url: https://equality.example.org/"));
            return URI.create("http://localhost/");
        }
        return uri.get();
    }

    /** Why the site may be published on plain http: words, not true or yes, since the reason is for the next reader. */
    private static String readAllowHttp(YamlFields fields) {
        String reason = fields.findText("allow_http").orElse("");
        if (reason.matches("(?i)true|yes|on|false|no|off")) {
            fields.problems().add(Problem.error(fields.file(), fields.lineOf("allow_http"), "allow_http should say why the site must use "
                    + "http, not '" + reason + "'.", "Write the reason, for example: allow_http: \"The intranet has no certificate\""));
            return "";
        }
        return reason;
    }

    /** An absolute http(s) URL with its path ending in "/", or empty when the text is not one. */
    public static Optional<URI> parseBaseUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getRawAuthority() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!path.endsWith("/")) path += "/";
            return Optional.of(new URI(uri.getScheme() + "://" + uri.getRawAuthority() + path));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * A warning when the site is published over plain http without saying why (allow_http:), an error when the build
     * must pass its checks; empty for https and for this computer's own addresses (the preview).
     *
     * @param strict true for {@code build --check} and {@code check}
     */
    public static Optional<Problem> findPlainHttpProblem(SiteConfig config, boolean strict) {
        URI url = config.baseUrl();
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT);
        if (!"http".equalsIgnoreCase(url.getScheme()) || !config.allowHttp().isEmpty()
                || host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]")) {
            return Optional.empty();
        }
        boolean fromCommandLine = config.baseUrlLine() == 0;
        String message = (fromCommandLine ? "--base-url " : "base_url ") + url + " uses http, not https: readers' browsers will call "
                + "the site 'not secure', and the feed, sitemap and search results will point at the unprotected address.";
        String fix = "Publish the site on https and write https://" + url.toString().substring("http://".length())
                + ", or say why it must be http with a line such as: allow_http: \"The intranet has no certificate\"";
        String file = fromCommandLine ? "" : SiteConfig.FILE_NAME;
        return Optional.of(strict ? Problem.error(file, config.baseUrlLine(), message, fix) : Problem.warning(file, config.baseUrlLine(), message, fix));
    }

    private static SiteConfig.Contact readContact(YamlFields fields) {
        Optional<YamlNode.Mapping> mapping = fields.findMapping("contact");
        if (mapping.isEmpty()) return new SiteConfig.Contact("", "", "", "");
        YamlFields contact = new YamlFields(mapping.get(), fields.file(), fields.problems(), "contact");
        contact.rejectUnknownKeys(CONTACT_KEYS);
        String email = contact.findText("email").orElse("");
        String phone = contact.findText("phone").orElse("");
        String textRelay = contact.findText("text_relay").orElse("");
        String file = fields.file();
        if (!email.isEmpty()) ContactDetails.checkEmail(email, file, contact.lineOf("email")).ifPresent(fields.problems()::add);
        if (!phone.isEmpty()) ContactDetails.checkPhone(phone, "phone", file, contact.lineOf("phone")).ifPresent(fields.problems()::add);
        if (!textRelay.isEmpty()) ContactDetails.checkTextRelay(textRelay, file, contact.lineOf("text_relay")).ifPresent(fields.problems()::add);
        return new SiteConfig.Contact(email, phone, textRelay, contact.findText("address").orElse(""));
    }

    /** What the accessibility statement says beyond the checks (accessibility_statement:), with the defaults. */
    private static SiteConfig.Statement readStatement(YamlFields fields) {
        Optional<YamlNode.Mapping> mapping = fields.findMapping("accessibility_statement");
        if (mapping.isEmpty()) return SiteConfig.Statement.DEFAULT;
        YamlFields statement = new YamlFields(mapping.get(), fields.file(), fields.problems(), "accessibility statement settings");
        statement.rejectUnknownKeys(STATEMENT_KEYS);
        int replyDays = statement.findInteger("reply_days", 10);
        String report = statement.findText("report_problem").orElse("");
        if (!report.isEmpty() && !report.contains("@") && org.dueregard.SafeLinks.findRefusal(report).isPresent()) {
            fields.problems().add(Problem.error(fields.file(), statement.lineOf("report_problem"), "report_problem: '" + report
                    + "' is not an email or web address.", "Give an email address, or a web address that starts with https://."));
        }
        Optional<SiteConfig.ManualTest> manual = statement.findMapping("manual_test").map(m -> {
            YamlFields test = new YamlFields(m, fields.file(), fields.problems(), "manual test");
            test.rejectUnknownKeys(Set.of("date", "by", "how"));
            java.time.LocalDate date = test.findDate("date").orElse(java.time.LocalDate.MIN);
            if (test.findEntry("date").isEmpty()) {
                fields.problems().add(Problem.error(fields.file(), test.line(), "The manual test has no date.", "Add date: with the day it was done, such as date: 2026-11-21"));
            }
            return new SiteConfig.ManualTest(date, test.findText("by").orElse("people"), test.findText("how").orElse(""));
        });
        List<SiteConfig.Burden> burden = new ArrayList<>();
        for (YamlFields item : statement.findMappingList("disproportionate_burden", "disproportionate burden")) {
            item.rejectUnknownKeys(Set.of("content", "reason", "review_by"));
            String content = item.requireText("content", "Say which content, for example content: Maps of our sites before 2020");
            String reason = item.requireText("reason", "Say why fixing it would be a disproportionate burden, with the cost you assessed.");
            java.time.LocalDate review = item.findDate("review_by").orElse(java.time.LocalDate.MIN);
            if (item.findEntry("review_by").isEmpty()) {
                fields.problems().add(Problem.error(fields.file(), item.line(), "The disproportionate burden claim for '" + content + "' has no review_by date.",
                        "The regulations ask you to assess the claim again: add review_by: with the date you will."));
            }
            burden.add(new SiteConfig.Burden(content, reason, review));
        }
        return new SiteConfig.Statement(replyDays, report, statement.findBoolean("northern_ireland", false), statement.findDate("prepared"), manual,
                List.copyOf(burden), statement.findTextList("out_of_scope"));
    }

    /** The equality duty's settings (duty:), which turn on the calendar of what the body must publish. */
    private static Optional<SiteConfig.Duty> readDuty(YamlFields fields) {
        Optional<YamlNode.Mapping> mapping = fields.findMapping("duty");
        if (mapping.isEmpty()) return Optional.empty();
        YamlFields duty = new YamlFields(mapping.get(), fields.file(), fields.problems(), "duty settings");
        duty.rejectUnknownKeys(DUTY_KEYS);
        String nation = duty.findText("nation").orElse("england").toLowerCase(java.util.Locale.ROOT);
        if (!nation.equals("england")) {
            fields.problems().add(Problem.error(fields.file(), duty.lineOf("nation"), "The duty's calendar knows the rules for England only, not '"
                    + nation + "'.", "Leave nation: out, or remove duty: until the rules for Wales and Scotland are added."));
        }
        if (duty.findEntry("employees").isEmpty()) {
            fields.problems().add(Problem.error(fields.file(), duty.line(), "The duty settings do not say how many people the body employs.",
                    "Add employees: with the head count, for example employees: 420 (150 or more must publish staff information, "
                            + "250 or more the gender pay gap)."));
        }
        int employees = duty.findInteger("employees", 0);
        if (employees < 0) {
            fields.problems().add(Problem.error(fields.file(), duty.lineOf("employees"), "employees: must be a number of people, 0 or more.",
                    "Write the head count, for example employees: 420"));
        }
        return Optional.of(new SiteConfig.Duty(duty.findText("kind").orElse("public body"), employees, duty.findDate("as_of"),
                duty.findBoolean("strict", false), fields.lineOf("duty")));
    }

    /** A language code a page's file can end with ("cy", "pt-br"): lower case, as file names are compared. */
    private static final Pattern TRANSLATION_CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

    /** translations: [cy, ur], translations_expected: [cy] (a missing one is a warning), translations_required (an error). */
    private static SiteConfig.Translations readTranslations(YamlFields fields, String language) {
        List<String> languages = fields.findTextList("translations");
        List<String> expected = fields.findTextList("translations_expected");
        List<String> required = fields.findTextList("translations_required");
        String own = language.toLowerCase(java.util.Locale.ROOT).replaceAll("-.*", "");
        for (String code : languages) {
            if (!TRANSLATION_CODE.matcher(code).matches() || !isKnownLanguage(code)) {
                fields.problems().add(Problem.error(fields.file(), fields.lineOf("translations"), "translations: '" + code + "' is not a language code.",
                        "Use the code of each language in lower case, such as translations: [cy, ur] for Welsh and Urdu."));
            } else if (code.replaceAll("-.*", "").equals(own)) {
                fields.problems().add(Problem.error(fields.file(), fields.lineOf("translations"), "translations: '" + code
                        + "' is the site's own language (language: " + language + ").", "List only the other languages pages are translated into."));
            }
        }
        for (String key : List.of("translations_expected", "translations_required")) {
            for (String code : key.endsWith("required") ? required : expected) {
                if (!languages.contains(code)) {
                    fields.problems().add(Problem.error(fields.file(), fields.lineOf(key), key + ": '" + code
                            + "' is not one of the site's translations.", "Add it to translations: as well, for example translations: [" + code + "]"));
                }
            }
        }
        if (languages.size() != new java.util.HashSet<>(languages).size()) {
            fields.problems().add(Problem.error(fields.file(), fields.lineOf("translations"), "translations: lists a language twice.",
                    "List each language once."));
        }
        return new SiteConfig.Translations(List.copyOf(languages), java.util.Set.copyOf(expected), java.util.Set.copyOf(required),
                fields.lineOf("translations"));
    }

    /** A language Java knows by name (so "cy" and "ur", not "xx"), for the language link written in its own words. */
    private static boolean isKnownLanguage(String code) {
        String language = code.replaceAll("-.*", "");
        return java.util.Arrays.asList(java.util.Locale.getISOLanguages()).contains(language);
    }

    /** Paths in the output folder to keep across builds, relative to it; "name/" keeps a folder. */
    private static List<String> readKeep(YamlFields fields) {
        List<String> keep = fields.findTextList("keep");
        for (String path : keep) {
            boolean bad = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                    || java.util.Arrays.asList(path.split("/")).contains("..") || path.chars().anyMatch(c -> c < 0x20);
            if (bad) {
                fields.problems().add(Problem.error(fields.file(), fields.lineOf("keep"),
                        "keep: '" + path + "' is not a path inside the output folder.",
                        "Write paths relative to the output folder, such as keep: [googlef00d.html, downloads/]"));
            }
        }
        return keep;
    }

    private static java.util.Map<String, Double> readReadability(YamlFields fields) {
        java.util.Map<String, Double> values = new java.util.TreeMap<>(READABILITY_DEFAULTS);
        Optional<YamlNode.Mapping> mapping = fields.findMapping("readability");
        if (mapping.isEmpty()) return values;
        YamlFields rules = new YamlFields(mapping.get(), fields.file(), fields.problems(), "readability settings");
        rules.rejectUnknownKeys(READABILITY_DEFAULTS.keySet());
        for (String key : READABILITY_DEFAULTS.keySet()) {
            rules.findText(key).ifPresent(text -> {
                try {
                    values.put(key, Double.parseDouble(text));
                } catch (NumberFormatException e) {
                    fields.problems().add(Problem.error(fields.file(), rules.lineOf(key), "'" + key + "' is '" + text + "', not a number.",
                            "Write a number, for example " + key + ": " + READABILITY_DEFAULTS.get(key).intValue()));
                }
            });
        }
        return values;
    }

    private static List<AcceptedIssue> readAcceptedIssues(YamlFields fields) {
        List<AcceptedIssue> accepted = new ArrayList<>();
        for (YamlFields item : fields.findMappingList("accessibility_exceptions", "accessibility exception")) {
            item.rejectUnknownKeys(EXCEPTION_KEYS);
            String rule = item.requireText("rule", "Name the check, as the report shows it, for example: rule: color-contrast");
            String page = item.requireText("page", "Give the page's address or file, for example: page: /reports/2024/");
            String reason = item.requireText("reason", "Say why it cannot be fixed yet; it goes in the accessibility statement.");
            Optional<java.time.LocalDate> reviewBy = item.findDate("review_by");
            if (reviewBy.isEmpty() && item.findEntry("review_by").isEmpty()) {
                fields.problems().add(Problem.error(fields.file(), item.line(), "The accessibility exception for '" + rule + "' has no review_by date.",
                        "Add the date by which it will be fixed or looked at again, for example: review_by: 2026-03-31"));
            }
            String criterion = item.findText("criterion").orElse("");
            if (!criterion.isEmpty() && !criterion.matches("[1-4]\\.[0-9]{1,2}\\.[0-9]{1,2}")) {
                fields.problems().add(Problem.error(fields.file(), item.lineOf("criterion"), "'" + criterion + "' is not a WCAG success criterion.",
                        "Write its number, for example criterion: 1.4.3 (contrast)."));
            }
            accepted.add(new AcceptedIssue(rule, page, reason, reviewBy.orElse(java.time.LocalDate.MIN), item.line(), criterion));
        }
        return List.copyOf(accepted);
    }

    private static List<SiteConfig.NavLink> readLinks(YamlFields fields, String key) {
        List<SiteConfig.NavLink> links = new ArrayList<>();
        for (YamlFields item : fields.findMappingList(key, key.replace('_', ' ') + " item")) {
            item.rejectUnknownKeys(LINK_KEYS);
            String title = item.requireText("title", "Give the link its text, for example: title: Our equality objectives");
            Optional<String> page = item.findText("page");
            Optional<String> url = item.findText("url");
            if (page.isPresent() == url.isPresent()) {
                fields.problems().add(Problem.error(fields.file(), item.line(),
                        "The link '" + title + "' needs exactly one of 'page' or 'url'.",
                        "Use page: for a page of this site (its file under content/, such as reports/index.md) "
                                + "or url: for another website."));
            }
            url.flatMap(org.dueregard.SafeLinks::findRefusal).ifPresent(why -> fields.problems().add(Problem.error(fields.file(),
                    item.lineOf("url"), "The link '" + title + "' cannot be published: " + why + ".",
                    "Give url: a web address that starts with https://, or use page: for a page of this site.")));
            links.add(new SiteConfig.NavLink(title, page, url, item.line()));
        }
        return List.copyOf(links);
    }
}
