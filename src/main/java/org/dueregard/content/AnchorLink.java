package org.dueregard.content;

/**
 * A link to a heading on another page, checked once every page's headings are known.
 *
 * @param file         the page the link is written in
 * @param line         the line of the link in that file
 * @param targetSource the source path of the linked page
 * @param anchor       the heading id after '#'
 */
public record AnchorLink(String file, int line, String targetSource, String anchor) {
}
