package org.dueregard.build;

import org.dueregard.Problems;
import org.dueregard.checks.AccessibilityGate;
import org.dueregard.checks.BrowserNotFoundException;
import org.dueregard.checks.BrowserPaths;
import org.dueregard.checks.CheckReports;
import org.dueregard.checks.Finding;
import org.dueregard.checks.GateResult;
import org.dueregard.config.SiteConfig;
import org.dueregard.output.SiteOutput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The last stage of a checked build: every page in the browser, the reports, and every browser finding as a problem. */
final class BrowserGate {

    private BrowserGate() {
    }

    static void run(CheckSettings settings, SiteConfig config, SiteOutput staged, List<PageOutcome> outcomes, PageOutcome notFound,
                    Problems problems) throws IOException, BrowserNotFoundException {
        List<PageOutcome> all = new ArrayList<>(outcomes);
        all.add(notFound);
        all.sort(Comparator.comparing(outcome -> outcome.source().page()));
        BrowserPaths browser = BrowserPaths.find(settings.chromium(), settings.chromedriver(), System.getenv());
        AccessibilityGate gate = new AccessibilityGate(new AccessibilityGate.Options(browser, settings.cacheFile(),
                settings.today(), config.acceptedIssues(), settings.log()));
        GateResult result = gate.check(staged.path(), config.basePath(), all.stream().map(PageOutcome::source).toList());
        List<Finding> staticFindings = all.stream().flatMap(outcome -> outcome.staticFindings().stream()).toList();
        List<Finding> findings = new ArrayList<>(staticFindings);
        findings.addAll(result.findings());
        findings = AccessibilityGate.withoutDuplicates(findings);
        findings.stream().filter(finding -> !staticFindings.contains(finding)).forEach(finding -> problems.add(finding.toProblem()));
        CheckReports.write(settings.reportFolder(), findings, new CheckReports.Summary(config.title(), result.pages(),
                result.pagesInBrowser(), result.pagesFromCache(), result.browserStartMillis(), result.medianPageMillis(),
                result.totalMillis()));
        long errors = findings.stream().filter(Finding::isError).count();
        settings.log().accept(String.format("Checked %d pages for accessibility (%d in the browser, %d unchanged since the last check)"
                        + " in %.1f s: %d problem%s. Browser start %d ms, median %d ms a page. Report: %s",
                result.pages(), result.pagesInBrowser(), result.pagesFromCache(), result.totalMillis() / 1000.0, errors,
                errors == 1 ? "" : "s", result.browserStartMillis(), result.medianPageMillis(),
                settings.reportFolder().resolve("index.html")));
    }
}
