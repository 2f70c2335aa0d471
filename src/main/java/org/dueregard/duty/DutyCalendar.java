package org.dueregard.duty;

import org.dueregard.Problem;
import org.dueregard.config.SiteConfig;
import org.dueregard.data.Characteristics;
import org.dueregard.data.Dataset;
import org.dueregard.site.Page;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Works out what the Public Sector Equality Duty asks a body in England to publish, and when, from the site itself:
 * pages say what they are (front matter duty:), their dates say when they were published, datasets say which
 * protected characteristics they describe. The rules (SI 2017/353 and SI 2018/952):
 * <ul>
 * <li>equality information at least once a year (about staff too at 150 or more employees);</li>
 * <li>equality objectives at least every four years;</li>
 * <li>the gender pay gap at 250 or more employees, for the snapshot of 31 March, by 30 March a year later;</li>
 * <li>an accessibility statement, reviewed at least once a year.</li>
 * </ul>
 */
public final class DutyCalendar {

    /** Within this many days of a due date, a publication is "due soon". */
    static final int DUE_SOON_DAYS = 90;
    private static final MonthDay SNAPSHOT = MonthDay.of(3, 31);

    private DutyCalendar() {
    }

    /** The calendar for a site at a date. */
    public static DutyReport of(SiteConfig.Duty duty, String organisation, List<Page> pages, List<Dataset> datasets, LocalDate today) {
        List<DutyReport.Item> items = new ArrayList<>();
        items.add(every(Publication.EQUALITY_INFORMATION, pages, today, 1));
        items.add(every(Publication.EQUALITY_OBJECTIVES, pages, today, 4));
        if (duty.employees() >= 250) items.add(payGap(pages, today));
        items.add(every(Publication.ACCESSIBILITY_STATEMENT, pages, today, 1));
        List<DutyReport.Review> reviews = pages.stream()
                .filter(page -> page.frontMatter().reviewBy().map(date -> date.isBefore(today)).orElse(false))
                .map(page -> new DutyReport.Review(page.file(), page.title(), page.frontMatter().reviewBy().orElseThrow()))
                .sorted(Comparator.comparing(DutyReport.Review::file)).toList();
        List<String> covered = Characteristics.ALL.stream()
                .filter(c -> datasets.stream().anyMatch(d -> d.characteristics().contains(c))).toList();
        return new DutyReport(organisation, duty, today, items, reviews, covered);
    }

    /** A publication due a number of years after its last one. */
    private static DutyReport.Item every(Publication publication, List<Page> pages, LocalDate today, int years) {
        Optional<Published> last = lastOf(publication, pages);
        if (last.isEmpty()) return new DutyReport.Item(publication, Optional.empty(), Optional.empty(), DutyReport.Status.NEVER, "");
        LocalDate due = last.get().date().plusYears(years);
        return new DutyReport.Item(publication, Optional.of(last.get().date()), Optional.of(due), statusOf(due, today), last.get().file());
    }

    /**
     * The gender pay gap: the snapshot is 31 March each year, published by 30 March the year after. The report for the
     * latest snapshot whose deadline has passed must be out (published after that snapshot); if it is, the next
     * deadline is what is due, or the one after if the next report is out already.
     */
    private static DutyReport.Item payGap(List<Page> pages, LocalDate today) {
        Optional<Published> last = lastOf(Publication.GENDER_PAY_GAP, pages);
        if (last.isEmpty()) return new DutyReport.Item(Publication.GENDER_PAY_GAP, Optional.empty(), Optional.empty(), DutyReport.Status.NEVER, "");
        int snapshotYear = deadlineOf(today.getYear() - 1).isBefore(today) ? today.getYear() - 1 : today.getYear() - 2;
        LocalDate lastDate = last.get().date();
        while (lastDate.isAfter(SNAPSHOT.atYear(snapshotYear))) snapshotYear++; // covered: the next snapshot is owed
        LocalDate deadline = deadlineOf(snapshotYear);
        return new DutyReport.Item(Publication.GENDER_PAY_GAP, Optional.of(lastDate), Optional.of(deadline), statusOf(deadline, today),
                last.get().file());
    }

    /** The deadline for the report of the snapshot of 31 March of a year: 30 March the year after. */
    private static LocalDate deadlineOf(int snapshotYear) {
        return SNAPSHOT.atYear(snapshotYear).plusYears(1).minusDays(1);
    }

    private static DutyReport.Status statusOf(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) return DutyReport.Status.OVERDUE;
        return due.isBefore(today.plusDays(DUE_SOON_DAYS + 1)) ? DutyReport.Status.DUE_SOON : DutyReport.Status.IN_DATE;
    }

    private record Published(LocalDate date, String file) {
    }

    /** The latest date a page that is this publication was published or updated. */
    private static Optional<Published> lastOf(Publication publication, List<Page> pages) {
        return pages.stream()
                .filter(page -> publication.isMadeBy(page))
                .flatMap(page -> page.frontMatter().updated().or(() -> page.frontMatter().date()).map(date -> new Published(date, page.file())).stream())
                .max(Comparator.comparing(Published::date).thenComparing(Published::file));
    }

    /** The calendar's findings as problems: overdue and never-published items, and pages past their review date. */
    public static List<Problem> problems(DutyReport report, int dutyLine) {
        List<Problem> problems = new ArrayList<>();
        boolean strict = report.duty().strict();
        for (DutyReport.Item item : report.items()) {
            if (item.status() != DutyReport.Status.OVERDUE && item.status() != DutyReport.Status.NEVER) continue;
            String file = item.file().isEmpty() ? "dueregard.yml" : item.file();
            int line = item.file().isEmpty() ? dutyLine : 0;
            String message = item.sentence() + ".";
            String fix = item.status() == DutyReport.Status.NEVER
                    ? "Publish it, and say so in its front matter: duty: [" + item.publication().id() + "]"
                    : "Publish an up-to-date " + item.publication().words() + ", and give its page date: or updated:.";
            problems.add(strict ? Problem.error(file, line, message, fix) : Problem.warning(file, line, message, fix));
        }
        for (DutyReport.Review review : report.reviews()) {
            String message = "The page '" + review.title() + "' was due for review on " + DutyReport.words(review.reviewBy()) + ".";
            String fix = "Check the page is still right, then set review_by: to the next review date.";
            problems.add(strict ? Problem.error(review.file(), 0, message, fix) : Problem.warning(review.file(), 0, message, fix));
        }
        return problems;
    }
}
