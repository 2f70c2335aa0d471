package org.dueregard.site;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.config.SiteConfig;
import org.dueregard.content.FrontMatter;
import org.dueregard.content.SitePaths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site's pages in their languages. A translation sits beside the page it was made from ("report.cy.md" beside
 * "report.md") and is published under the language's own folder (/cy/reports/report/), so every address stays what
 * it was and each language has one place. Translations are not listed in the site's own sections: a reader reaches
 * them by the language link on each version, and search engines by the hreflang links.
 */
public final class Languages {

    /** Languages written right to left: their pages get dir="rtl". */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb");

    private final String siteLanguage;
    /** The translation languages, in the order the site lists them. */
    private final List<String> codes;
    /** The language of each translation, by its source path. */
    private final Map<String, String> languageOf = new HashMap<>();
    /** Each page made from another, by the source path of the page it was made from, in the site's order of languages. */
    private final Map<String, List<String>> translationsOf = new HashMap<>();
    /** The page each translation was made from, by the translation's source path. */
    private final Map<String, String> originalOf = new HashMap<>();

    private Languages(String siteLanguage, List<String> codes) {
        this.siteLanguage = siteLanguage;
        this.codes = codes;
    }

    /**
     * The pages with each translation given its address (the language's folder and the address of the page it was
     * made from) and its language; the map of which page translates which.
     */
    static Localised localise(SiteConfig config, List<Page> pages) {
        List<String> codes = config.translations().languages();
        Languages languages = new Languages(config.language(), codes);
        if (codes.isEmpty()) return new Localised(pages, languages);
        List<Page> result = new ArrayList<>();
        for (Page page : pages) {
            Optional<String> code = SitePaths.translationLanguage(page.sourcePath(), codes);
            if (code.isEmpty()) {
                result.add(page);
                continue;
            }
            String original = SitePaths.untranslatedSourceOf(page.sourcePath(), code.get());
            String url = code.get() + "/" + SitePaths.pageUrlPath(original);
            FrontMatter fm = page.frontMatter();
            FrontMatter withLanguage = new FrontMatter(fm.title(), fm.summary(), fm.date(), fm.updated(), fm.reviewBy(), fm.draft(),
                    Optional.of(fm.lang().orElse(code.get())), fm.weight(), fm.tags(), fm.layout(), fm.pair(), fm.titleLine(), fm.summaryLine(),
                    fm.duty(), fm.objectives(), fm.pdf());
            result.add(new Page(page.sourcePath(), url, page.folder(), Page.Kind.PAGE, false, withLanguage, page.bodyFirstLine()));
            languages.languageOf.put(page.sourcePath(), code.get());
            languages.originalOf.put(page.sourcePath(), original);
        }
        for (String code : codes) {
            for (Page page : result) {
                if (code.equals(languages.languageOf.get(page.sourcePath()))) {
                    languages.translationsOf.computeIfAbsent(languages.originalOf.get(page.sourcePath()), k -> new ArrayList<>()).add(page.sourcePath());
                }
            }
        }
        return new Localised(result, languages);
    }

    /** The pages as published, and their languages. */
    record Localised(List<Page> pages, Languages languages) {
    }

    /** The translation languages the site has at least one page in, in the site's order. */
    List<String> translationLanguagesUsed() {
        return codes.stream().filter(languageOf::containsValue).toList();
    }

    /** Records a page the site made in a language (a search page) as a translation of another. */
    void addGenerated(String original, String translation, String code) {
        languageOf.put(translation, code);
        originalOf.put(translation, original);
        translationsOf.computeIfAbsent(original, k -> new ArrayList<>()).add(translation);
    }

    /** A translation of another page of the site. */
    public boolean isTranslation(Page page) {
        return languageOf.containsKey(page.sourcePath());
    }

    /** The page's language: its front matter's lang:, the language of its file name, or the site's. */
    public String languageOf(Page page) {
        return page.frontMatter().lang().orElse(languageOf.getOrDefault(page.sourcePath(), siteLanguage));
    }

    /** "rtl" for a page in a language written right to left, else "ltr". */
    public String directionOf(Page page) {
        String language = languageOf(page).toLowerCase(Locale.ROOT);
        if (language.indexOf('-') >= 0) language = language.substring(0, language.indexOf('-')); // "ur-PK" is written as "ur" is
        return RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
    }

    /** Every version of the page, the original first, then its translations in the site's order; just the page when it has none. */
    public List<String> versionsOf(Page page) {
        String original = originalOf.getOrDefault(page.sourcePath(), page.sourcePath());
        List<String> versions = new ArrayList<>();
        versions.add(original);
        versions.addAll(translationsOf.getOrDefault(original, List.of()));
        return versions;
    }

    /** The version of {@code sourcePath} in the language of {@code reader} (the page being read), if there is one. */
    public Optional<String> inLanguageOf(String sourcePath, Page reader) {
        String code = languageOf.get(reader.sourcePath());
        if (code == null) return Optional.of(sourcePath);
        return translationsOf.getOrDefault(sourcePath, List.of()).stream()
                .filter(translation -> code.equals(languageOf.get(translation))).findFirst();
    }

    /**
     * Pages without a translation the site requires (an error) or expects (a warning), and translations older than
     * a change to their original (a warning: the original was updated after the translation's date).
     */
    void check(SiteConfig config, List<Page> pages, Map<String, Page> bySource, Problems problems) {
        SiteConfig.Translations wanted = config.translations();
        for (Page page : pages) {
            if (page.generated() || page.easyRead() || isTranslation(page) || page.kind() == Page.Kind.SEARCH) continue;
            for (String code : wanted.languages()) {
                boolean required = wanted.required().contains(code);
                boolean expected = required || wanted.expected().contains(code);
                if (!expected || inLanguageOf(page, code).isPresent()) continue;
                String name = nameOf(code, Locale.UK);
                String file = page.sourcePath().replaceFirst("\\.md$", "." + code + ".md");
                String message = "This page has no " + name + " version, and the site says every page needs one.";
                String fix = "Write " + file + " beside it" + (required ? "" : ", or take " + code + " out of translations_expected: in dueregard.yml") + ".";
                problems.add(required ? Problem.error(page.file(), 1, message, fix) : Problem.warning(page.file(), 1, message, fix));
            }
        }
        for (Map.Entry<String, String> translation : originalOf.entrySet()) {
            Page page = bySource.get(translation.getKey());
            Page original = bySource.get(translation.getValue());
            if (page == null) continue;
            if (original == null) {
                problems.add(Problem.error(page.file(), 1, "This translation has no page to be a translation of ('" + translation.getValue()
                        + "' does not exist).", "Name it after the page it translates, as report.cy.md beside report.md."));
                continue;
            }
            Optional<LocalDate> translated = lastChange(page);
            Optional<LocalDate> changed = lastChange(original);
            if (translated.isPresent() && changed.isPresent() && changed.get().isAfter(translated.get())) {
                problems.add(Problem.warning(page.file(), 1, "This translation may be out of date: " + original.file() + " changed on "
                        + changed.get() + ", after this translation's date (" + translated.get() + ").",
                        "Check the translation against the page, then give it updated: " + changed.get() + " or later."));
            }
        }
    }

    private Optional<String> inLanguageOf(Page page, String code) {
        return translationsOf.getOrDefault(page.sourcePath(), List.of()).stream().filter(t -> code.equals(languageOf.get(t))).findFirst();
    }

    private static Optional<LocalDate> lastChange(Page page) {
        return page.frontMatter().updated().or(() -> page.frontMatter().date());
    }

    /** A language's name in another language: "Welsh" in English, "Cymraeg" in Welsh. */
    public static String nameOf(String code, Locale in) {
        Locale language = Locale.forLanguageTag(code);
        String name = language.getDisplayLanguage(in);
        if (name.isEmpty() || name.equalsIgnoreCase(code)) return code;
        return name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }

    /** A language's name in its own words, for the link to a page in it ("Cymraeg", "English", "اردو"). */
    public static String ownNameOf(String code) {
        return nameOf(code, Locale.forLanguageTag(code));
    }
}
