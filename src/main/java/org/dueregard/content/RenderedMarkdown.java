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
 */
public record RenderedMarkdown(String html, List<Heading> headings, Set<String> ids, List<AnchorLink> anchorLinks,
                               List<Problem> problems) {
}
