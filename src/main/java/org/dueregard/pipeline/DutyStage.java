package org.dueregard.pipeline;

import org.dueregard.Problems;
import org.dueregard.config.SiteConfig;
import org.dueregard.data.DatasetLibrary;
import org.dueregard.duty.DutyCalendar;
import org.dueregard.duty.DutyReport;
import org.dueregard.site.LastCheck;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The equality duty's view of the site: its calendar, and the check the accessibility statement reports. */
final class DutyStage {

    private DutyStage() {
    }

    /**
     * The duty's calendar, when the site has duty: settings: overdue publications and pages past their review date
     * become warnings (errors with strict: true). Worked out at the site's as_of date, the check's today, or today.
     */
    static Optional<DutyReport> calendar(SiteConfig config, Site site, DatasetLibrary datasets, BuildOptions options, Problems problems) {
        if (config.duty().isEmpty()) return Optional.empty();
        SiteConfig.Duty duty = config.duty().get();
        LocalDate today = duty.asOf().orElseGet(() -> options.check().map(CheckSettings::today).orElse(LocalDate.now()));
        List<Page> published = site.pages().stream().filter(page -> !page.generated()).toList();
        DutyReport report = DutyCalendar.of(duty, config.organisation(), published, List.copyOf(datasets.all()), today);
        problems.addAll(DutyCalendar.problems(report, duty.line()));
        return Optional.of(report);
    }

    /**
     * The check the accessibility statement reports. A build with --check publishes only if today's check passes, so
     * its statement can say today's check found nothing to fix; a plain build reports the last check on record.
     */
    static Optional<LastCheck> lastCheck(Path root, Site site, BuildOptions options) {
        if (options.check().isPresent()) {
            return Optional.of(new LastCheck(options.check().get().today(), site.pages().size() + 1, 0, 0));
        }
        return LastCheck.find(root.resolve(".dueregard"));
    }
}
