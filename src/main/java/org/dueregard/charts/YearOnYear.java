package org.dueregard.charts;

import org.dueregard.data.Cell;
import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.Margins;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Change from one period to the next, for a dataset whose rows are periods (years): a change column beside a figure
 * (in percentage points for percentages, in per cent for counts, in pounds for money), "Compared with 2023, ..."
 * sentences, and the change between two figures quoted in prose. A change is worked out only from two shown
 * figures: next to a hidden figure it is hidden too ([c]), as the change and the other figure would give it away.
 */
final class YearOnYear {

    static final String SUFFIX = "_change";
    static final String ROUNDING_NOTE = "Each change is worked out from the figures before they are rounded, so it can differ by 0.1 from "
            + "the difference between the rounded figures shown. A change next to a hidden figure is hidden too.";

    private YearOnYear() {
    }

    /**
     * The dataset with a change column beside each column named in change: (number columns only; the rows are
     * periods, oldest first), or the dataset itself without change:. An unknown column is a problem.
     */
    static Optional<Dataset> withChanges(Dataset d, org.dueregard.config.YamlFields fields) {
        List<String> named = fields.findTextList("change");
        if (named.isEmpty()) return Optional.of(d);
        List<Integer> columns = new ArrayList<>();
        List<String> numbers = d.columns().stream().filter(c -> c.type().isNumber()).map(Column::id).toList();
        for (String id : named) {
            Optional<Integer> c = d.findColumn(id).filter(i -> d.columns().get(i).type().isNumber());
            if (c.isEmpty()) {
                fields.problems().add(org.dueregard.Problem.error(fields.file(), fields.lineOf("change"), "change: names '" + id
                        + "', which is not a number column of '" + d.name() + "'" + org.dueregard.Suggestions.didYouMeanOrStop(id, numbers),
                        "Name the columns to show the change of, such as change: [" + (numbers.isEmpty() ? "women" : numbers.get(0))
                                + "]. Each row is a period, oldest first."));
                return Optional.empty();
            }
            columns.add(c.get());
        }
        Optional<String> gap = org.dueregard.data.Periods.findGap(d);
        if (gap.isPresent()) {
            fields.problems().add(org.dueregard.Problem.error(fields.file(), fields.lineOf("change"), "No change since the previous year can be shown: "
                    + gap.get() + ".", org.dueregard.data.Periods.FIX));
            return Optional.empty();
        }
        if (d.rows().size() < 2) {
            fields.problems().add(org.dueregard.Problem.error(fields.file(), fields.lineOf("change"), "The dataset '" + d.name()
                    + "' has one row, so there is no earlier period to show a change from.",
                    "Give the dataset a row for each period, oldest first, or leave out change:."));
            return Optional.empty();
        }
        return Optional.of(YearOnYear.withChanges(d, columns));
    }

    /** The dataset with a change column after each of {@code columns} (number columns), for showing only. */
    static Dataset withChanges(Dataset d, List<Integer> columns) {
        List<Column> newColumns = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (Row ignored : d.rows()) cells.add(new ArrayList<>());
        for (int c = 0; c < d.columns().size(); c++) {
            newColumns.add(d.columns().get(c));
            for (int r = 0; r < d.rows().size(); r++) cells.get(r).add(d.rows().get(r).cell(c));
            if (!columns.contains(c)) continue;
            Column change = changeColumn(d, d.columns().get(c));
            newColumns.add(change);
            for (int r = 0; r < d.rows().size(); r++) {
                cells.get(r).add(r == 0 ? Cell.marked(Cell.State.NOT_APPLICABLE, Optional.empty())
                        : changeCell(d.columns().get(c), d.rows().get(r - 1).cell(c), d.rows().get(r).cell(c)));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < d.rows().size(); r++) rows.add(new Row(List.copyOf(cells.get(r)), d.rows().get(r).line()));
        List<String> notes = new ArrayList<>(d.notes());
        notes.add(ROUNDING_NOTE);
        return new Dataset(d.name(), d.file(), d.title(), d.description(), d.source(), d.period(), List.copyOf(newColumns), List.copyOf(rows),
                List.copyOf(notes), d.suppression(), d.comparator(), d.warnings(), Margins.NONE, d.characteristics());
    }

    /** "Median gender pay gap: change since the previous year", in the unit the change is measured in. */
    static Column changeColumn(Dataset d, Column of) {
        String period = ChartText.lower(d.columns().get(0).label()).toLowerCase(java.util.Locale.ROOT);
        String label = of.label() + ": change since the previous " + (period.isEmpty() ? "period" : period);
        return switch (of.type()) {
            case PERCENT, POINTS -> new Column(of.id() + SUFFIX, label, Column.Type.POINTS, "", Optional.empty(), false, Optional.empty(), of.line(),
                    OptionalInt.of(Math.max(1, of.displayDecimals())));
            case COUNT -> new Column(of.id() + SUFFIX, label, Column.Type.PERCENT, "% change", Optional.empty(), false, Optional.empty(), of.line(),
                    OptionalInt.of(1));
            default -> new Column(of.id() + SUFFIX, label, of.type(), of.unit(), Optional.empty(), false, Optional.empty(), of.line(),
                    OptionalInt.of(of.type() == Column.Type.CURRENCY ? 2 : Math.max(1, of.displayDecimals())));
        };
    }

    /**
     * The change from {@code before} to {@code after}: hidden when either is hidden (here or by the source), not
     * available when either has no number, else worked out at full precision and rounded where it is shown.
     */
    static Cell changeCell(Column of, Cell before, Cell after) {
        if (before.isHidden() || after.isHidden()) return new Cell("", Optional.empty(), true);
        Optional<BigDecimal> from = before.published();
        Optional<BigDecimal> to = after.published();
        if (from.isEmpty() || to.isEmpty() || before.state() != Cell.State.VALUE || after.state() != Cell.State.VALUE) return Cell.missing();
        return change(of, from.get(), to.get()).map(Cell::number).orElseGet(Cell::missing);
    }

    /** The change in the column's own terms; empty for a change in per cent from zero. */
    static Optional<BigDecimal> change(Column of, BigDecimal from, BigDecimal to) {
        if (of.type() != Column.Type.COUNT) return Optional.of(to.subtract(from));
        if (from.signum() == 0) return Optional.empty();
        return Optional.of(to.subtract(from).multiply(BigDecimal.valueOf(100)).divide(from, MathContext.DECIMAL64));
    }

    /** A change in a sentence, with its direction in words: "7.5 percentage points lower", "12.5% higher". */
    static String inWords(Column change, BigDecimal value) {
        return Format.difference(change, value);
    }

    /**
     * "Compared with 2023, the median gender pay gap in 2024 was 7.5 percentage points lower: 19.5%, from 27.0%." for
     * the last row of {@code shown} (a dataset made by {@link #withChanges(Dataset, List)}); one sentence for each change column.
     */
    static List<String> sentences(Dataset shown, List<Integer> changeColumns) {
        List<String> sentences = new ArrayList<>();
        int last = shown.rows().size() - 1;
        if (last < 1) return sentences;
        Row now = shown.rows().get(last);
        Row before = shown.rows().get(last - 1);
        for (int c : changeColumns) {
            Column change = shown.columns().get(c);
            Column of = shown.columns().get(c - 1);
            String lower = ChartText.lower(of.label());
            boolean common = !lower.isEmpty() && Character.isLowerCase(lower.charAt(0)); // "median ...", "women": read with "the"
            String opening = "Compared with " + before.label() + ", ";
            Cell cell = now.cell(c);
            if (cell.suppressed()) {
                sentences.add(opening + "the change in " + (common ? lower : of.label()) + " in " + now.label()
                        + " is not shown, because a figure is hidden so that no one can be identified.");
            } else if (cell.published().isEmpty()) {
                sentences.add(opening + "the change in " + (common ? lower : of.label()) + " in " + now.label() + " is not known, as a figure is not available.");
            } else {
                String difference = inWords(change, cell.published().get());
                String from = Format.value(of, before.cell(c - 1).published().orElseThrow());
                String to = Format.value(of, now.cell(c - 1).published().orElseThrow());
                sentences.add(common
                        ? opening + (of.type() == Column.Type.COUNT ? "the number of " : "the ") + lower + " in " + now.label() + " was " + difference + ": " + to + ", from " + from + "."
                        : opening + of.label() + (of.type() == Column.Type.COUNT && !of.unit().isEmpty() ? " (" + of.unit() + ")" : "") + " in " + now.label()
                        + ": " + difference + ", " + to + " from " + from + ".");
            }
        }
        return sentences;
    }
}
