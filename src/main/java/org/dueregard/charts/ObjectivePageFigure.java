package org.dueregard.charts;

import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.DatasetLibrary;
import org.dueregard.data.ObjectiveProgress;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The body of one objective's page: its status and how it was worked out, what it is (every written column of the
 * objectives dataset, then the measure, baseline, target and dates), and its measure's history over the years as a
 * chart and a table with the change from each year to the next. Only shown figures are used: a hidden one is shown
 * as its mark by the chart and the table, and the status never rests on it.
 */
final class ObjectivePageFigure {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * @param before  the HTML above the history
     * @param history the chart and the table to make, when the objective has a measure
     * @param after   the HTML below it
     */
    record Parts(String before, Optional<History> history, String after) {
    }

    /** @param table the measure's dataset with a change column; {@code columns} the ones to show */
    record History(Dataset dataset, ChartSpec spec, Dataset table, List<Integer> columns) {
    }

    private ObjectivePageFigure() {
    }

    /** @throws IllegalArgumentException when the objective's measure is wrong (the build reports it earlier, with its line) */
    static Parts of(Dataset objectives, Row row, DatasetLibrary library, LocalDate asOf) {
        ObjectivesFigure.Progress progress = ObjectivesFigure.progressOf(objectives, row, library, asOf);
        StringBuilder before = new StringBuilder("<div class=\"objective\">\n");
        before.append("<p class=\"objective-status\"><strong>Status: ").append(Html.escape(progress.status().words())).append(".</strong> ")
                .append(Html.escape(capital(progress.status().meaning()))).append(".</p>\n");
        before.append("<h2>About this objective</h2>\n<dl class=\"objective-facts\">\n");
        for (int c = 1; c < objectives.columns().size(); c++) {
            Column column = objectives.columns().get(c);
            if (ObjectivesFigure.PROGRESS_COLUMNS.contains(column.id())) continue;
            String text = row.cell(c).text().strip();
            fact(before, column.label(), text.isEmpty() ? "<p>Not given</p>" : TableFigure.textHtml(text));
        }
        progress.measured().ifPresentOrElse(m -> measureFacts(before, m, progress), () -> {
            String due = objectives.findColumn("due").map(c -> row.cell(c).text().strip()).orElse("");
            fact(before, "Measure", "<p>Not set yet</p>");
            fact(before, "Due date", "<p>" + Html.escape(due.isEmpty() ? "Not set yet" : dueWords(due)) + "</p>");
        });
        before.append("</dl>\n<h2>How we worked out the status</h2>\n<p>").append(Html.escape(howWorkedOut(progress, asOf))).append("</p>\n");
        before.append("<p>We check progress from the latest figures. This page shows progress as checked on ").append(asOf.format(WORDS)).append(".</p>\n");
        Optional<History> history = progress.measured().map(ObjectivePageFigure::history);
        if (history.isPresent()) before.append("<h2>The figures over the years</h2>\n");
        return new Parts(before.toString(), history, "</div>\n");
    }

    private static void measureFacts(StringBuilder html, ObjectivesFigure.Measured m, ObjectivesFigure.Progress progress) {
        fact(html, "Measure", "<p>" + Html.escape(m.columnDefinition().label()) + ", from the figures: " + Html.escape(m.data().title()) + "</p>");
        fact(html, "Baseline", "<p>" + Html.escape(progress.baseline()) + "</p>");
        fact(html, "Target", "<p>" + Html.escape(progress.target()) + " by " + m.due().format(WORDS) + "</p>");
        fact(html, "Latest figure", "<p>" + Html.escape(capital(progress.latest())) + "</p>");
        fact(html, "Start", "<p>" + m.start().format(WORDS) + "</p>");
        fact(html, "Due date", "<p>" + m.due().format(WORDS) + "</p>");
    }

    private static void fact(StringBuilder html, String term, String definitionHtml) {
        html.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(definitionHtml).append("</dd>\n");
    }

    /** The status's reasons in figures, so a reader can check them. */
    static String howWorkedOut(ObjectivesFigure.Progress progress, LocalDate asOf) {
        if (progress.measured().isEmpty()) return "This objective has no figure to measure it by yet, so we cannot work out its progress.";
        ObjectivesFigure.Measured m = progress.measured().get();
        Column col = m.columnDefinition();
        String target = Format.value(col, m.target());
        ObjectiveProgress.Status status = progress.status();
        if (status == ObjectiveProgress.Status.ACHIEVED) {
            return "The latest figure, " + progress.latest() + ", has reached the target of " + target + ".";
        }
        if (status == ObjectiveProgress.Status.OVERDUE) {
            return "The due date, " + m.due().format(WORDS) + ", has passed. The latest figure, " + progress.latest()
                    + ", has not reached the target of " + target + ".";
        }
        if (m.latestRow().isEmpty()) {
            return "There is no figure yet after the baseline, " + progress.baseline() + ". We can measure progress when the next figure is published.";
        }
        BigDecimal wanted = m.target().subtract(m.baseline());
        BigDecimal moved = m.latest().orElseThrow().subtract(m.baseline());
        long total = Math.max(1, ChronoUnit.DAYS.between(m.start(), m.due()));
        long gone = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(m.start(), asOf)));
        String way = moved.signum() * wanted.signum() < 0 ? "has moved away from the target of " + target
                : "has moved " + whole(moved.divide(wanted, MathContext.DECIMAL64)) + "% of the way to the target of " + target;
        return "From " + progress.baseline() + " to " + progress.latest() + ", the figure " + way + ". By " + asOf.format(WORDS) + ", "
                + whole(BigDecimal.valueOf(gone).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64)) + "% of the time from "
                + m.start().format(WORDS) + " to " + m.due().format(WORDS) + " had gone by. An objective is on track when the figure has moved "
                + "at least as far as the time gone by, less " + whole(ObjectiveProgress.SLACK) + " percentage points.";
    }

    /** The measure over the years: a line (three years or more) or a bar chart, and a table with the change each year. */
    private static History history(ObjectivesFigure.Measured m) {
        Column col = m.columnDefinition();
        Dataset data = m.data();
        ChartSpec.Type type = data.rows().size() >= 3 ? ChartSpec.Type.LINE : ChartSpec.Type.BAR;
        String subtitle = (data.description().isEmpty() ? TableFigure.captionOf(data) : data.description()) + ". Target: "
                + Format.value(col, m.target()) + " by " + m.due().format(WORDS) + ".";
        ChartSpec spec = new ChartSpec(type, headline(m), subtitle, 0, List.of(m.column()), Optional.empty(), Contrast.ANALYSIS_FUNCTION.subList(0, 1));
        Dataset table = YearOnYear.withChanges(data, List.of(m.column()));
        return new History(data, spec, table, List.of(0, m.column(), m.column() + 1));
    }

    /** "Language not recorded went from 33.0% in 2023 to 19.9% in 2024", from the first and last shown figures. */
    static String headline(ObjectivesFigure.Measured m) {
        Column col = m.columnDefinition();
        List<Row> shown = m.data().rows().stream().filter(r -> r.cell(m.column()).published().isPresent()).toList();
        if (shown.size() < 2) return col.label() + " over the years";
        Row first = shown.get(0);
        Row last = shown.get(shown.size() - 1);
        return col.label() + " went from " + Format.value(col, first.cell(m.column()).published().orElseThrow()) + " in " + first.label()
                + " to " + Format.value(col, last.cell(m.column()).published().orElseThrow()) + " in " + last.label();
    }

    private static String whole(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String dueWords(String text) {
        try {
            return LocalDate.parse(text).format(WORDS);
        } catch (java.time.format.DateTimeParseException e) {
            return text;
        }
    }
}
