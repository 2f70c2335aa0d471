package org.dueregard.render;

/**
 * A document made from a page, as its link shows it: "Download this report as a PDF (PDF, 312 KB)".
 *
 * @param url    where it is published
 * @param label  what it is, as the start of the link's text
 * @param format the format's short name ("PDF")
 * @param size   its size in words ("312 KB")
 */
public record DocumentView(String url, String label, String format, String size) {
}
