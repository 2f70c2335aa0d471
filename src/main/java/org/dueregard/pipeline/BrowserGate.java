package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.checks.AccessibilityGate;
import org.dueregard.checks.BrowserNotFoundException;
import org.dueregard.checks.BrowserPaths;
import org.dueregard.checks.BrowserStarter;
import org.dueregard.checks.CheckReports;
import org.dueregard.checks.Finding;
import org.dueregard.checks.GateResult;
import org.dueregard.checks.Shard;
import org.dueregard.config.SiteConfig;
import org.dueregard.output.SiteOutput;
import org.dueregard.site.LastCheck;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The last stage of a checked build: every page in the browser, the reports, and every browser finding as a problem. */
final class BrowserGate {

    private BrowserGate() {
    }

    /** Starts the browsers for a checked build at once, so they are ready when the pages are; none otherwise. */
    static BrowserStarter startEarly(Optional<CheckSettings> settings) throws BrowserNotFoundException {
        if (settings.isEmpty()) return BrowserStarter.NONE;
        BrowserPaths browser = BrowserPaths.find(settings.get().chromium(), settings.get().chromedriver(), System.getenv());
        return BrowserStarter.start(browser, settings.get().browsers());
    }

    /**
     * Checks the pages of this part of the site (all of them unless it is checked in parts) and writes the reports:
     * their findings, static and from the browser, and the build's own errors so far, which a merged report needs
     * to block publishing too.
     */
    static void run(CheckSettings settings, SiteConfig config, SiteOutput staged, List<PageOutcome> outcomes, PageOutcome notFound,
                    Problems problems, BrowserStarter browsers) throws IOException {
        List<PageOutcome> all = new ArrayList<>(outcomes);
        all.add(notFound);
        all.sort(Comparator.comparing(outcome -> outcome.source().page()));
        List<PageOutcome> part = all.stream().filter(outcome -> settings.shard().includes(outcome.source().page())).toList();
        AccessibilityGate gate = new AccessibilityGate(new AccessibilityGate.Options(browsers, settings.cacheFile(),
                settings.today(), config.acceptedIssues(), settings.log()));
        GateResult result = gate.check(staged.path(), config.basePath(), part.stream().map(PageOutcome::source).toList());
        List<Finding> staticFindings = part.stream().flatMap(outcome -> outcome.staticFindings().stream()).toList();
        List<Finding> findings = new ArrayList<>(staticFindings);
        findings.addAll(result.findings());
        findings = AccessibilityGate.withoutDuplicates(findings);
        findings.stream().filter(finding -> !staticFindings.contains(finding)).forEach(finding -> problems.add(finding.toProblem()));
        CheckReports.write(settings.reportFolder(), findings, new CheckReports.Summary(config.title(), result.pages(),
                result.pagesInBrowser(), result.pagesFromCache(), result.browserStartMillis(), result.medianPageMillis(),
                result.totalMillis(), settings.shard() == Shard.ALL ? "all" : settings.shard().toString(), buildErrors(all, findings, problems)));
        long errors = findings.stream().filter(Finding::isError).count();
        if (settings.shard() == Shard.ALL) {
            // The accessibility statement says when the site was last tested and what was found: it reads this next time.
            long accepted = findings.stream().filter(f -> !f.isError() && config.acceptedIssues().stream().anyMatch(a -> a.rule().equals(f.rule())))
                    .count();
            new LastCheck(settings.today(), result.pages(), errors, accepted).write(settings.cacheFile().getParent());
        }
        settings.log().accept(describe(result, settings, errors, part.contains(notFound)));
        settings.log().accept(String.format("%s browser start %d ms, median %d ms a page.", SiteBuilder.TIMING, result.browserStartMillis(),
                result.medianPageMillis()));
    }

    /**
     * "Checked 12 pages and the not-found page for accessibility (...)": pages counted as the build counts them, the
     * not-found page (which the build does not count) named.
     */
    private static String describe(GateResult result, CheckSettings settings, long errors, boolean withNotFound) {
        int pages = withNotFound ? result.pages() - 1 : result.pages();
        return String.format("Checked %d page%s%s for accessibility%s (%d in the browser, %d unchanged since the last check) in %.1f s:"
                        + " %d problem%s. Report: %s",
                pages, pages == 1 ? "" : "s", withNotFound ? " and the not-found page" : "",
                settings.shard() == Shard.ALL ? "" : " (part " + settings.shard() + ")", result.pagesInBrowser(), result.pagesFromCache(),
                result.totalMillis() / 1000.0, errors, errors == 1 ? "" : "s", settings.reportFolder().resolve("index.html"));
    }

    /** Errors of the build that are no page's finding (in any part): a broken link, a dataset that does not add up. */
    private static List<String> buildErrors(List<PageOutcome> all, List<Finding> findings, Problems problems) {
        Set<Problem> fromFindings = new HashSet<>();
        all.forEach(outcome -> fromFindings.addAll(outcome.findingProblems()));
        findings.forEach(finding -> fromFindings.add(finding.toProblem()));
        return problems.sorted().stream().filter(Problem::isError).filter(problem -> !fromFindings.contains(problem))
                .map(Problem::describe).toList();
    }
}
