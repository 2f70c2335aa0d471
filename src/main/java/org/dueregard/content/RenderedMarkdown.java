package org.dueregard.content;

import org.dueregard.Problem;

import java.util.List;
import java.util.Set;

/**
 * The HTML of a page body and what the build needs to know about it.
 *
 * @param headings      h2 to h6 in order, for the contents list
 * @param ids           every id in the body, which other pages may link to
 * @param anchorLinks   links to headings on other pages, still to be checked
 * @param unresolvedAnchors links to '#id' on this page whose id is not in the page text (perhaps in the template)
 * @param pictures      names of the pictures from the easy-read set the page uses
 */
public record RenderedMarkdown(String html, List<Heading> headings, Set<String> ids, List<AnchorLink> anchorLinks,
                               List<AnchorLink> unresolvedAnchors, List<Problem> problems, Set<String> pictures) {

    /** The body of a page the build made up (a section list): nothing. */
    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of(), Set.of(), List.of(), List.of(), List.of(), Set.of());

    /** Reports the unresolved same-page links whose id is not in the finished page either. */
    public List<Problem> checkAnchorsIn(String pageHtml) {
        if (unresolvedAnchors.isEmpty()) return List.of();
        Set<String> pageIds = new java.util.HashSet<>(ids);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\sid=\"([^\"]+)\"").matcher(pageHtml);
        while (id.find()) pageIds.add(id.group(1));
        List<Problem> found = new java.util.ArrayList<>();
        for (AnchorLink link : unresolvedAnchors) {
            if (pageIds.contains(link.anchor())) continue;
            String nearest = org.dueregard.Suggestions.findNearest(link.anchor(), ids).map(s -> ". Did you mean '" + s + "'?").orElse(".");
            found.add(Problem.error(link.file(), link.line(), "The link to '#" + link.anchor() + "' points at no heading on this page.",
                    "Use the id of a heading on this page (the heading text in lower case, with hyphens for spaces)" + nearest));
        }
        return found;
    }
}
