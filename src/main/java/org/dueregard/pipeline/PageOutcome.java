package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.checks.Finding;
import org.dueregard.checks.PageSource;
import org.dueregard.content.AnchorLink;

import java.util.List;
import java.util.Set;

/**
 * What rendering one page leaves behind for the checks that need every page: its ids and cross-page links, its
 * static findings, and (only when the gate will run) where it came from. Never the HTML, so a build of 10,000
 * pages holds only this in memory.
 *
 * @param pictures the easy-read pictures the page uses (only those are published)
 * @param files    files the page's figures published (CSV downloads, chart images)
 * @param searchWords the distinct words of the page's published text, for the search index
 * @param findingProblems the static findings as problems, made once: the preview reports a kept page's findings
 *                        again on every save
 */
record PageOutcome(String sourcePath, Set<String> ids, List<AnchorLink> anchorLinks, List<Finding> staticFindings,
                   PageSource source, Set<String> pictures, Set<String> files, String searchWords, List<Problem> findingProblems) {

    PageOutcome(String sourcePath, Set<String> ids, List<AnchorLink> anchorLinks, List<Finding> staticFindings, PageSource source,
                Set<String> pictures, Set<String> files, String searchWords) {
        this(sourcePath, ids, anchorLinks, staticFindings, source, pictures, files, searchWords,
                staticFindings.stream().map(Finding::toProblem).toList());
    }
}
