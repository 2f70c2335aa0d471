package org.dueregard.content;

/** A section heading of a page, for its contents list and anchor checks. */
public record Heading(int level, String text, String id, int line) {
}
