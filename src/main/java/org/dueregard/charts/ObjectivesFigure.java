package org.dueregard.charts;

import org.dueregard.content.Embeds;
import org.dueregard.data.Cell;
import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.DatasetLibrary;
import org.dueregard.data.ObjectiveProgress;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Equality objectives with their progress worked out: an objectives dataset (a table of text) names, for each
 * objective, a measure (a column of another dataset whose rows are years), the baseline row, the target, and the start
 * and due dates. The figure shows each objective's baseline, latest figure and status in words, a sentence that counts
 * the statuses, and a note that says what each status means.
 */
public final class ObjectivesFigure {

    static final List<String> PROGRESS_COLUMNS = List.of("measure", "baseline", "target", "start", "due", "address", "easy_read", "easy_read_title");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ObjectivesFigure() {
    }

    /**
     * The objectives as a derived dataset: the written columns, then baseline, target, latest figure and status.
     *
     * @param pages where the objectives' own pages are ("/equality-duty/objectives/"), when they have them */
    static Embeds.Result of(Dataset objectives, DatasetLibrary library, LocalDate asOf, String idPrefix, Optional<String> pages) {
        for (String id : List.of("measure", "baseline", "target", "due")) {
            if (objectives.findColumn(id).isEmpty()) {
                return Embeds.Result.failure("The objectives dataset '" + objectives.name() + "' has no '" + id + "' column.",
                        "Give each objective a measure (dataset.column), the baseline row, the target and the start and due dates (YYYY-MM-DD).");
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<Integer, String> links = new java.util.HashMap<>();
        Map<ObjectiveProgress.Status, Integer> counts = new EnumMap<>(ObjectiveProgress.Status.class);
        for (Row row : objectives.rows()) {
            Progress progress;
            try {
                progress = progressOf(objectives, row, library, asOf);
            } catch (IllegalArgumentException e) {
                return Embeds.Result.failure("The objective '" + row.label() + "' (" + objectives.file() + ", line " + row.line() + "): " + e.getMessage(),
                        "Write measure: as dataset.column (a dataset whose rows are years), baseline: as one of its rows, target: as a number, "
                                + "and start: and due: as dates such as 2025-04-01.");
            }
            counts.merge(progress.status(), 1, Integer::sum);
            rows.add(derivedRow(objectives, row, progress));
            String address = org.dueregard.data.ObjectiveAddresses.of(objectives, row);
            pages.ifPresent(path -> links.put(row.line(), path + address + "/"));
        }
        Dataset shown = new Dataset(objectives.name(), objectives.file(), objectives.title(), objectives.description(), objectives.source(),
                objectives.period(), derivedColumns(objectives), List.copyOf(rows), notesOf(objectives, counts.keySet(), asOf),
                objectives.suppression(), Optional.empty(), List.of(), org.dueregard.data.Margins.NONE);
        List<Integer> all = java.util.stream.IntStream.range(0, shown.columns().size()).boxed().toList();
        String html = "<figure class=\"data-figure\">\n<p class=\"objectives-summary\">" + Html.escape(summaryOf(counts, rows.size())) + "</p>\n"
                + TableFigure.table(shown, all, TableFigure.captionOf(shown), idPrefix, row -> Optional.ofNullable(links.get(row.line())))
                + TableFigure.footer(shown, all, "", 0) + "</figure>";
        return Embeds.Result.of(html);
    }

    /**
     * An objective's progress in words, and the figures it was worked out from.
     *
     * @param measured empty for an objective with no measure
     */
    public record Progress(String baseline, String target, String latest, ObjectiveProgress.Status status, Optional<Measured> measured) {
    }

    /**
     * What an objective is measured by: a number column of a dataset whose rows are years, the baseline row, the
     * latest row after it with a shown figure (a hidden one is passed over: progress never rests on it), the target
     * and the dates.
     */
    public record Measured(Dataset data, int column, int baselineRow, Optional<Integer> latestRow, BigDecimal baseline, BigDecimal target,
                           LocalDate start, LocalDate due) {

        public Column columnDefinition() {
            return data.columns().get(column);
        }

        public Optional<BigDecimal> latest() {
            return latestRow.map(r -> data.rows().get(r).cell(column).published().orElseThrow());
        }

        public String label(int row) {
            return data.rows().get(row).label();
        }
    }

    /**
     * The objective's progress at {@code asOf}.
     *
     * @throws IllegalArgumentException saying what is wrong with the objective's measure, baseline, target or dates
     */
    public static Progress progressOf(Dataset objectives, Row row, DatasetLibrary library, LocalDate asOf) {
        Optional<Measured> found = measuredOf(objectives, row, library);
        if (found.isEmpty()) return new Progress("", "", "", ObjectiveProgress.Status.NOT_MEASURED, Optional.empty());
        Measured m = found.get();
        Column col = m.columnDefinition();
        ObjectiveProgress.Status status = ObjectiveProgress.statusOf(m.baseline(), m.latest(), m.target(), m.start(), m.due(), asOf);
        String latestWords = m.latestRow().map(r -> Format.value(col, m.latest().orElseThrow()) + " in " + m.label(r)).orElse("none yet");
        return new Progress(Format.value(col, m.baseline()) + " in " + m.label(m.baselineRow()), Format.value(col, m.target()), latestWords, status,
                found);
    }

    private static Optional<Measured> measuredOf(Dataset objectives, Row row, DatasetLibrary library) {
        String measure = textOf(objectives, row, "measure");
        if (measure.isEmpty()) return Optional.empty();
        String[] parts = measure.split("\\.");
        if (parts.length != 2) throw new IllegalArgumentException("measure '" + measure + "' should be dataset.column.");
        Dataset data = library.find(parts[0]).orElseThrow(() -> new IllegalArgumentException("there is no dataset called '" + parts[0] + "'."));
        int column = data.findColumn(parts[1]).filter(c -> data.columns().get(c).type().isNumber())
                .orElseThrow(() -> new IllegalArgumentException("the dataset '" + parts[0] + "' has no number column '" + parts[1] + "'."));
        String baselineRow = textOf(objectives, row, "baseline");
        int baselineIndex = -1;
        for (int r = 0; r < data.rows().size(); r++) {
            if (org.dueregard.data.Slugs.of(data.rows().get(r).label()).equals(org.dueregard.data.Slugs.of(baselineRow))) baselineIndex = r;
        }
        if (baselineIndex < 0) {
            throw new IllegalArgumentException("the baseline '" + baselineRow + "' is not a row of '" + parts[0] + "' (its rows are "
                    + String.join(", ", data.rows().stream().map(Row::label).toList()) + ").");
        }
        BigDecimal baseline = data.rows().get(baselineIndex).cell(column).published()
                .orElseThrow(() -> new IllegalArgumentException("the baseline figure is hidden or missing, so progress cannot be measured."));
        Optional<Integer> latest = Optional.empty();
        for (int r = baselineIndex + 1; r < data.rows().size(); r++) {
            if (data.rows().get(r).cell(column).published().isPresent()) latest = Optional.of(r);
        }
        BigDecimal target = number(textOf(objectives, row, "target"), "target");
        LocalDate due = date(textOf(objectives, row, "due"), "due");
        LocalDate start = objectives.findColumn("start").isPresent() ? date(textOf(objectives, row, "start"), "start") : due.minusYears(4);
        return Optional.of(new Measured(data, column, baselineIndex, latest, baseline, target, start, due));
    }

    private static Row derivedRow(Dataset objectives, Row row, Progress progress) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < objectives.columns().size(); c++) {
            String id = objectives.columns().get(c).id();
            if (PROGRESS_COLUMNS.contains(id) && !id.equals("due")) continue;
            Cell cell = row.cell(c);
            if (id.equals("due")) cell = Cell.category(dueWords(cell.text()));
            cells.add(cell);
        }
        cells.add(Cell.category(progress.baseline().isEmpty() ? "Not measured" : progress.baseline()));
        cells.add(Cell.category(progress.target().isEmpty() ? "Not set" : progress.target()));
        cells.add(Cell.category(progress.latest().isEmpty() ? "None" : progress.latest()));
        cells.add(Cell.category(progress.status().words()));
        return new Row(List.copyOf(cells), row.line());
    }

    private static List<Column> derivedColumns(Dataset objectives) {
        List<Column> columns = new ArrayList<>();
        for (Column column : objectives.columns()) {
            if (PROGRESS_COLUMNS.contains(column.id()) && !column.id().equals("due")) continue;
            columns.add(column.id().equals("due") || columns.isEmpty() ? column : asText(column));
        }
        columns.add(textColumn("baseline", "Figure at the start"));
        columns.add(textColumn("target", "Target"));
        columns.add(textColumn("latest", "Latest figure"));
        columns.add(textColumn("status", "Status"));
        return List.copyOf(columns);
    }

    private static Column asText(Column column) {
        return column.type() == Column.Type.TEXT ? column : new Column(column.id(), column.label(), Column.Type.TEXT, "", Optional.empty(), false,
                Optional.empty(), column.line());
    }

    private static Column textColumn(String id, String label) {
        return new Column(id, label, Column.Type.TEXT, "", Optional.empty(), false, Optional.empty(), 0);
    }

    /** Under the table: what each status used means, and the date progress was checked. */
    private static List<String> notesOf(Dataset objectives, java.util.Set<ObjectiveProgress.Status> used, LocalDate asOf) {
        List<String> notes = new ArrayList<>(objectives.notes());
        notes.add("Progress as checked on " + asOf.format(WORDS) + ", from the latest figures.");
        for (ObjectiveProgress.Status status : used) notes.add(status.words() + ": " + status.meaning() + ".");
        return notes;
    }

    /** "Of 4 objectives, 1 is achieved, 2 are on track and 1 is behind." */
    static String summaryOf(Map<ObjectiveProgress.Status, Integer> counts, int total) {
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + (n == 1 ? " is " : " are ") + status.words().toLowerCase(Locale.ROOT)));
        String list = parts.size() == 1 ? parts.get(0) : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "Of " + total + " objective" + (total == 1 ? "" : "s") + ", " + list + ".";
    }

    private static String textOf(Dataset objectives, Row row, String id) {
        return objectives.findColumn(id).map(c -> row.cell(c).text().strip()).orElse("");
    }

    private static BigDecimal number(String text, String what) {
        try {
            return new BigDecimal(text.replaceAll("[%£,\\s]", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number.");
        }
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a date written as YYYY-MM-DD.");
        }
    }

    private static String dueWords(String text) {
        try {
            return LocalDate.parse(text.strip()).format(WORDS);
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
