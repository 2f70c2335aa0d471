package org.dueregard.render;

import org.dueregard.config.AcceptedIssue;
import org.dueregard.config.SiteConfig;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The facts of the accessibility statement, worked out from the last check, the accepted problems and the site's
 * statement settings, in the shape of the GOV.UK model statement.
 *
 * @param status          exactly one of "fully compliant", "partially compliant" or "not compliant"
 * @param statusReason    why, in a sentence
 * @param tested          when and how the site was last tested, in a sentence; "" when it has not been
 * @param prepared        when the statement was first prepared, or null
 * @param reviewed        when it was last reviewed (the last check), or null
 * @param reportProblemEmail true when reportProblem is an email address rather than a web address
 */
public record StatementView(String status, String statusReason, String tested, String manualTest, DateView prepared, DateView reviewed,
                            DateView nextReview, List<Problem> problems, List<Burden> burden, List<String> outOfScope, int replyDays,
                            String reportProblem, boolean reportProblemEmail, boolean northernIreland) {

    /** A known problem: the page, the check, the criterion it fails, why it is not fixed yet, and by when. */
    public record Problem(String page, String rule, String criterion, String reason, DateView fixBy, boolean overdue) {
    }

    public record Burden(String content, String reason, DateView reviewBy) {
    }

    /** The statement's facts for a site, from its last check (empty when it has never been checked) at a date. */
    static StatementView of(SiteConfig config, Optional<org.dueregard.site.LastCheck> lastCheck) {
        LocalDate today = lastCheck.map(org.dueregard.site.LastCheck::date).orElse(LocalDate.MIN); // the same every build
        SiteConfig.Statement settings = config.statement();
        List<Problem> problems = config.acceptedIssues().stream().map(issue -> problemOf(issue, today)).toList();
        boolean manual = settings.manualTest().isPresent();
        String status;
        String reason;
        if (lastCheck.isEmpty()) {
            status = "not compliant";
            reason = "We have not tested this website yet, so we cannot say it meets the standard.";
        } else if (lastCheck.get().errors() > 0) {
            status = "not compliant";
            reason = "Our last check found " + lastCheck.get().errors() + " problem" + (lastCheck.get().errors() == 1 ? "" : "s")
                    + " that we have not fixed yet.";
        } else if (!problems.isEmpty() || !settings.burden().isEmpty()) {
            status = "partially compliant";
            reason = "This is because of the non-accessible content listed below.";
        } else if (!manual) {
            status = "partially compliant";
            reason = "Our automated checks found no problems, but they cannot test everything, and people have not tested it yet.";
        } else {
            status = "fully compliant";
            reason = "Our automated checks of every page, and the tests people did, found no problems.";
        }
        String tested = lastCheck.map(check -> "We last tested this website on " + DateView.of(check.date()).display() + ". We checked all "
                + check.pages() + " pages with automated checks: axe-core in a web browser, and checks of the HTML code.").orElse("");
        String manualTest = settings.manualTest().map(test -> DateView.of(test.date()).display() + ": " + test.by()
                + (test.how().isEmpty() ? " tested it by hand." : " tested it by hand. " + test.how())).orElse("");
        DateView reviewed = lastCheck.map(check -> DateView.of(check.date())).orElse(null);
        DateView prepared = settings.prepared().map(DateView::of).orElse(reviewed);
        DateView next = lastCheck.map(check -> DateView.of(check.date().plusYears(1))).orElse(null);
        String report = settings.reportProblem().isEmpty() ? config.contact().email() : settings.reportProblem();
        return new StatementView(status, reason, tested, manualTest, prepared, reviewed, next, problems,
                settings.burden().stream().map(b -> new Burden(b.content(), b.reason(), DateView.of(b.reviewBy()))).toList(),
                settings.outOfScope(), settings.replyDays(), report, report.contains("@") && !report.contains("://"), settings.northernIreland());
    }

    private static Problem problemOf(AcceptedIssue issue, LocalDate today) {
        String criterion = WcagCriteria.of(issue.rule(), issue.criterion()).map(WcagCriteria.Criterion::words)
                .orElse("none: a best practice beyond WCAG");
        return new Problem(issue.page(), issue.rule(), criterion, issue.reason(), DateView.of(issue.reviewBy()), issue.reviewBy().isBefore(today));
    }
}
