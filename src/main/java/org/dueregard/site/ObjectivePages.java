package org.dueregard.site;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.charts.ObjectivesFigure;
import org.dueregard.content.FrontMatter;
import org.dueregard.content.SitePaths;
import org.dueregard.data.Dataset;
import org.dueregard.data.DatasetLibrary;
import org.dueregard.data.ObjectiveAddresses;
import org.dueregard.data.ObjectiveProgress;
import org.dueregard.data.Row;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page for each equality objective, below the page that is their overview ({@code objectives:} in its front
 * matter): the objective, what it serves, its figures over the years and its status, at
 * {@code /<overview>/<address>/}. An objective with {@code easy_read:} points gets an easy read page too, paired with
 * its page as any easy read page is. No I/O: the pages' Markdown is written here and rendered like any page's.
 */
public final class ObjectivePages {

    /** A point of an easy read objective: a picture from the set (or a file), then the words. */
    private static final Pattern POINT = Pattern.compile("!\\[[^\\]]*]\\([^)\\s]+\\)\\s+\\S.*");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ObjectivePages() {
    }

    /** The generated pages for every overview among {@code pages}; mistakes in the objectives are added to problems. */
    public static List<Page> of(List<Page> pages, DatasetLibrary datasets, Problems problems) {
        List<Page> made = new ArrayList<>();
        for (Page overview : pages) {
            Optional<FrontMatter.ObjectivePagesSetting> setting = overview.frontMatter().objectives();
            if (setting.isEmpty()) continue;
            Optional<Dataset> objectives = datasets.find(setting.get().data());
            if (objectives.isEmpty()) {
                problems.add(Problem.error(overview.file(), setting.get().line(), "There is no objectives dataset called '" + setting.get().data() + "'"
                        + datasets.suggestOrStop(setting.get().data()), "Give the name of a YAML file under content/, without .yml."));
                continue;
            }
            boolean easyReadOverview = pages.stream().anyMatch(p -> p.sourcePath().equals(SitePaths.easyReadSourceOf(overview.sourcePath())));
            made.addAll(pagesOf(overview, easyReadOverview, objectives.get(), datasets, setting.get().asOf(), problems));
        }
        return made;
    }

    /** Where each overview's objective pages are, by dataset name: the overview's address, below the base path. */
    public static Map<String, String> addresses(List<Page> pages) {
        Map<String, String> byDataset = new LinkedHashMap<>();
        for (Page page : pages) page.frontMatter().objectives().ifPresent(setting -> byDataset.putIfAbsent(setting.data(), page.urlPath()));
        return byDataset;
    }

    private static List<Page> pagesOf(Page overview, boolean easyReadOverview, Dataset objectives, DatasetLibrary datasets, LocalDate asOf, Problems problems) {
        List<Page> made = new ArrayList<>();
        Map<String, Row> seen = new LinkedHashMap<>();
        for (Row row : objectives.rows()) {
            String address = ObjectiveAddresses.of(objectives, row);
            Row earlier = seen.putIfAbsent(address, row);
            if (earlier != null) {
                problems.add(Problem.error(objectives.file(), row.line(), "This objective's page would have the address '" + address
                        + "', the same as the objective on line " + earlier.line() + ".", "Give each objective its own address: column, such as address: patients"));
                continue;
            }
            ObjectivesFigure.Progress progress;
            try {
                progress = ObjectivesFigure.progressOf(objectives, row, datasets, asOf);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(objectives.file(), row.line(), "The objective '" + row.label() + "': " + e.getMessage(),
                        "Write measure: as dataset.column (a dataset whose rows are years), baseline: as one of its rows, target: as a number, "
                                + "and start: and due: as dates such as 2025-04-01."));
                continue;
            }
            Optional<String> gap = progress.measured().flatMap(m -> org.dueregard.data.Periods.findGap(m.data()));
            if (gap.isPresent()) {
                problems.add(Problem.error(objectives.file(), row.line(), "The objective '" + row.label() + "' cannot show its figures over the years: "
                        + gap.get() + ".", org.dueregard.data.Periods.FIX));
                continue;
            }
            String sourcePath = overview.urlPath() + address + ".md";
            String back = backLink(overview);
            String body = "```objective\ndata: " + objectives.name() + "\nobjective: " + address + "\nas_of: " + asOf + "\n```\n\n"
                    + "[All our equality objectives](" + back + ")\n";
            FrontMatter frontMatter = datesOf(overview, row.label(), "Our equality objective: " + row.label() + ". Status: "
                    + progress.status().words().toLowerCase(Locale.ROOT) + ".");
            made.add(new Page(sourcePath, SitePaths.pageUrlPath(sourcePath), overview.folder(), Page.Kind.PAGE, true, frontMatter, 1, body));
            easyReadPage(overview, easyReadOverview, objectives, row, address, progress, problems).ifPresent(made::add);
        }
        return made;
    }

    /** An objective's page is published, updated and reviewed with its overview, and is in its language. */
    private static FrontMatter datesOf(Page overview, String title, String summary) {
        FrontMatter o = overview.frontMatter();
        return new FrontMatter(title, summary, o.date(), o.updated(), o.reviewBy(), false, o.lang(), 0, List.of(), Optional.empty(), Optional.empty(),
                1, 1, List.of());
    }

    /** The overview as a link from an objective's page, relative to the page's made-up source path. */
    private static String backLink(Page overview) {
        String name = overview.sourcePath().substring(overview.sourcePath().lastIndexOf('/') + 1);
        return name.equals("index.md") ? "index.md" : "../" + name;
    }

    /**
     * The easy read page: the author's points (each a picture and a sentence or two, from the easy_read column), then
     * the status and the due date in easy words with their pictures, then a link back to all the goals.
     */
    private static Optional<Page> easyReadPage(Page overview, boolean easyReadOverview, Dataset objectives, Row row, String address, ObjectivesFigure.Progress progress,
                                               Problems problems) {
        String points = objectives.findColumn("easy_read").map(c -> row.cell(c).text().strip()).orElse("");
        if (points.isEmpty()) return Optional.empty();
        String title = objectives.findColumn("easy_read_title").map(c -> row.cell(c).text().strip()).orElse("");
        if (title.isEmpty()) {
            problems.add(Problem.error(objectives.file(), row.line(), "The objective '" + row.label() + "' has easy_read: points but no easy_read_title:.",
                    "Give its easy read page a short title in easy words, such as easy_read_title: Share more facts about our patients"));
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder("## What we want to do\n\n");
        for (String line : points.split("\n")) {
            String point = line.startsWith("- ") ? line.substring(2).strip() : line.strip();
            if (point.isEmpty()) continue;
            if (!POINT.matcher(point).matches()) {
                problems.add(Problem.error(objectives.file(), row.line(), "The easy read point '" + point + "' of the objective '" + row.label()
                        + "' does not start with a picture.", "Start each point with a picture from the set, such as ![](picture:plan) We will make a plan."));
                return Optional.empty();
            }
            body.append("- ").append(point).append('\n');
        }
        body.append("\n## How we are doing\n\n- ").append(statusPoint(progress.status())).append('\n');
        progress.measured().ifPresent(m -> body.append("- ![](picture:date) We want to do this by ").append(m.due().format(WORDS)).append(".\n"));
        String back = easyReadOverview ? SitePaths.easyReadSourceOf(backLink(overview)) : backLink(overview);
        body.append("\n## Find out more\n\n- ![](picture:plan) [See all our goals](").append(back).append(").\n");
        String sourcePath = overview.urlPath() + address + ".easy-read.md";
        FrontMatter frontMatter = datesOf(overview, title, "An easy read page about one of our goals for fairness.");
        return Optional.of(new Page(sourcePath, SitePaths.pageUrlPath(sourcePath), overview.folder(), Page.Kind.PAGE, true, frontMatter, 1,
                body.toString()));
    }

    /** The status as an easy read point: a picture, and one or two short sentences. */
    static String statusPoint(ObjectiveProgress.Status status) {
        return switch (status) {
            case ACHIEVED -> "![](picture:good) We have done this. We got to the number we wanted.";
            case ON_TRACK -> "![](picture:up) We are doing well. We should get there on time.";
            case BEHIND -> "![](picture:down) We are behind. We need to do more.";
            case NOT_STARTED -> "![](picture:date) We do not have new numbers yet. So we cannot say how we are doing.";
            case OVERDUE -> "![](picture:problem) We did not do this in time.";
            case NOT_MEASURED -> "![](picture:question) We have not said yet how we will check this.";
        };
    }
}
