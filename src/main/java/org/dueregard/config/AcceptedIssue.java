package org.dueregard.config;

import java.time.LocalDate;

/**
 * An accessibility problem the site owner has accepted for now, with a reason and a date to review it by. It is
 * reported but does not fail the build until that date has passed, and it belongs in the accessibility statement.
 *
 * @param page the page's address ("/reports/2024/") or its file ("content/reports/2024.md")
 * @param criterion the WCAG success criterion it fails ("1.4.3"), or empty to work it out from the rule
 */
public record AcceptedIssue(String rule, String page, String reason, LocalDate reviewBy, int line, String criterion) {

    public AcceptedIssue(String rule, String page, String reason, LocalDate reviewBy, int line) {
        this(rule, page, reason, reviewBy, line, "");
    }
}
