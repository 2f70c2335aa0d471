package org.dueregard.content;

/**
 * A Markdown file split into its front matter and its body.
 *
 * @param bodyFirstLine the 1-based line of the file on which the body starts
 */
public record ParsedSource(FrontMatter frontMatter, String body, int bodyFirstLine) {
}
