package org.dueregard.checks;

import org.dueregard.Problem.Severity;
import org.dueregard.config.AcceptedIssue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Applies the site's accepted accessibility issues: a matching finding becomes a warning, with the reason, until
 * its review date; after that it is an error again, saying the exception has expired.
 */
public final class AcceptedIssues {

    private final List<AcceptedIssue> accepted;
    private final LocalDate today;

    public AcceptedIssues(List<AcceptedIssue> accepted, LocalDate today) {
        this.accepted = accepted;
        this.today = today;
    }

    public List<Finding> apply(List<Finding> findings) {
        return findings.stream().map(this::apply).toList();
    }

    public Finding apply(Finding finding) {
        if (finding.rule().equals(StaticChecks.SAFETY_RULE)) return finding; // never acceptable, whatever the config says
        Optional<AcceptedIssue> match = accepted.stream()
                .filter(issue -> issue.rule().equals(finding.rule())
                        && (issue.page().equals(finding.page()) || issue.page().equals(finding.file())))
                .findFirst();
        if (match.isEmpty()) return finding;
        AcceptedIssue issue = match.get();
        boolean inDate = !today.isAfter(issue.reviewBy());
        String note = inDate ? " Accepted until " + issue.reviewBy() + ": " + issue.reason()
                : " It was accepted until " + issue.reviewBy() + ", which has passed: fix it or review the exception in dueregard.yml.";
        return new Finding(finding.rule(), finding.engine(), inDate ? Severity.WARNING : Severity.ERROR, finding.page(),
                finding.file(), finding.line(), finding.message() + note, finding.fix(), finding.helpUrl(), finding.element());
    }
}
