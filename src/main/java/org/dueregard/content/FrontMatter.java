package org.dueregard.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The keys at the top of a Markdown page.
 *
 * @param date     when the page was published
 * @param updated  when it last changed in a way readers should know about
 * @param reviewBy when the owner must check it is still right
 * @param lang     the page's language when it differs from the site's
 * @param weight   orders pages in a section, lower first
 * @param layout   the template to use ("page" when not given)
 * @param pair     for an easy-read page: its standard page's file, when it is not the same name without .easy-read
 * @param titleLine   the line of the file where the title is written (for messages about figures quoted in it)
 * @param summaryLine the line of the summary, or the title's line when there is none
 * @param duty     the publications the equality duty asks for that this page is ("equality-information",
 *                 "equality-objectives", "gender-pay-gap", "accessibility-statement"), for the duty's calendar
 * @param objectives the objectives dataset this page is the overview of, whose objectives get a page each
 * @param pdf      whether a PDF document is made from the page (pdf: true or false), when the page says; else the
 *                 site's setting decides
 */
public record FrontMatter(
        String title,
        String summary,
        Optional<LocalDate> date,
        Optional<LocalDate> updated,
        Optional<LocalDate> reviewBy,
        boolean draft,
        Optional<String> lang,
        int weight,
        List<String> tags,
        Optional<String> layout,
        Optional<String> pair,
        int titleLine,
        int summaryLine,
        List<String> duty,
        Optional<ObjectivePagesSetting> objectives,
        Optional<Boolean> pdf) {

    /**
     * {@code objectives: {data: objectives-2025, as_of: 2026-01-31}}: a page for each objective of the dataset, below
     * this page's address, with its progress worked out at {@code asOf}.
     *
     * @param line the line of the {@code objectives:} key, for messages
     */
    public record ObjectivePagesSetting(String data, LocalDate asOf, int line) {
    }

    public FrontMatter(String title, String summary, Optional<LocalDate> date, Optional<LocalDate> updated, Optional<LocalDate> reviewBy,
                       boolean draft, Optional<String> lang, int weight, List<String> tags, Optional<String> layout, Optional<String> pair,
                       int titleLine, int summaryLine, List<String> duty) {
        this(title, summary, date, updated, reviewBy, draft, lang, weight, tags, layout, pair, titleLine, summaryLine, duty, Optional.empty(),
                Optional.empty());
    }

    /** The front matter of a page dueregard makes itself (a section index, the easy read list). */
    public static FrontMatter generated(String title, String summary) {
        return new FrontMatter(title, summary, Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), 0,
                List.of(), Optional.empty(), Optional.empty(), 1, 1, List.of(), Optional.empty(), Optional.empty());
    }

    /** The same keys with another title and summary (figures quoted in them replaced). */
    public FrontMatter withText(String newTitle, String newSummary) {
        return new FrontMatter(newTitle, newSummary, date, updated, reviewBy, draft, lang, weight, tags, layout, pair, titleLine, summaryLine,
                duty, objectives, pdf);
    }
}
