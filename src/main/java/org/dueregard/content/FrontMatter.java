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
        Optional<String> pair) {
}
