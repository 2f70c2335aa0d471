package org.dueregard.checks;

import org.dueregard.Problem;

/**
 * A finding as the browser reports it, before it is traced to a source file. This is what the check cache keeps,
 * so a cached result is traced afresh against the current Markdown on every run.
 *
 * @param selector a CSS selector for the element in the page, or "" for the page as a whole
 */
public record RawFinding(String rule, String engine, Problem.Severity severity, String message, String fix,
                         String helpUrl, String element, String selector) {
}
