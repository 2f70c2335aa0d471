package org.dueregard.charts;

import org.dueregard.content.Embeds;
import org.dueregard.data.Cell;
import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.DatasetLibrary;
import org.dueregard.data.Row;
import org.dueregard.data.Slugs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change quoted in a sentence, with its direction in words: {@code {{ hourly-pay.2024.median_gap.change }}} is the
 * change from the row before (the year before), {@code {{ pay-quarters-2024.upper.women_share.change(pay-quarters-2023) }}}
 * the change from the same row and column of last year's dataset. Percentages change in percentage points, counts in
 * per cent, money in pounds. A change is never quoted when either figure is hidden: with the other figure, it would
 * give the hidden one away.
 */
final class ChangeQuotes {

    private static final Pattern FROM_DATASET = Pattern.compile("change\\(([^()]+)\\)");
    private static final String FIX = "Quote a change as {{ dataset.row.column.change }} (from the row before, such as the year before) or "
            + "{{ dataset.row.column.change(last-years-dataset) }} (from the same row and column of another dataset).";

    private ChangeQuotes() {
    }

    /** @param parts the reference split at its dots: dataset, row, column and change or change(other) */
    static Embeds.Result quote(Dataset d, String[] parts, String reference, DatasetLibrary library) {
        Optional<Integer> column = d.findColumn(parts[2]);
        if (column.isEmpty() || !d.columns().get(column.get()).type().isNumber()) {
            return Embeds.Result.failure("The dataset '" + d.name() + "' has no number column '" + parts[2] + "' to quote a change of.", FIX);
        }
        Column col = d.columns().get(column.get());
        Optional<Row> now = d.findRow(parts[1]);
        if (now.isEmpty()) {
            return Embeds.Result.failure("The dataset '" + d.name() + "' has no row '" + parts[1] + "'.", "Its rows are: "
                    + String.join(", ", d.rows().stream().map(r -> Slugs.of(r.label())).toList()) + ".");
        }
        Cell before;
        String then;
        if (parts[3].equals("change")) {
            int index = d.rows().indexOf(now.get());
            if (index == 0) {
                return Embeds.Result.failure("'" + now.get().label() + "' is the first row of '" + d.name() + "', so there is no earlier period to compare it with.",
                        "Quote the change of a later row, or give the dataset a row for the period before, above this one.");
            }
            Optional<String> gap = org.dueregard.data.Periods.findGap(d);
            if (gap.isPresent()) return Embeds.Result.failure("No change since the previous year can be quoted: " + gap.get() + ".", org.dueregard.data.Periods.FIX);
            before = d.rows().get(index - 1).cell(column.get());
            then = d.rows().get(index - 1).label();
        } else {
            Matcher m = FROM_DATASET.matcher(parts[3]);
            if (!m.matches()) return Embeds.Result.failure("'" + reference + "' does not say what to compare with.", FIX);
            Optional<Dataset> other = library.find(m.group(1));
            if (other.isEmpty()) return Embeds.Result.failure("There is no dataset called '" + m.group(1) + "'" + library.suggestOrStop(m.group(1)), FIX);
            Optional<Integer> otherColumn = other.get().findColumn(col.id());
            Optional<Row> otherRow = other.get().findRow(parts[1]);
            if (otherColumn.isEmpty() || otherRow.isEmpty()) {
                return Embeds.Result.failure("The dataset '" + other.get().name() + "' has no " + (otherRow.isEmpty() ? "row '" + parts[1] + "'" : "column '" + col.id() + "'")
                        + " to compare with.", "Compare with a dataset that has the same rows and columns, such as last year's.");
            }
            if (other.get().columns().get(otherColumn.get()).type() != col.type()) {
                return Embeds.Result.failure("'" + col.id() + "' is " + name(col.type()) + " in '" + d.name() + "' but " + name(other.get().columns().get(otherColumn.get()).type())
                        + " in '" + other.get().name() + "', so they cannot be compared.", "Give the column the same type in both datasets.");
            }
            before = otherRow.get().cell(otherColumn.get());
            then = other.get().name();
        }
        Cell after = now.get().cell(column.get());
        if (before.isHidden() || after.isHidden()) {
            return Embeds.Result.failure("The change '" + reference + "' cannot be quoted: a figure it is worked out from is hidden, and the change would give it away.",
                    "Describe the change in words without a number, or quote a larger group.");
        }
        Cell change = YearOnYear.changeCell(col, before, after);
        if (change.published().isEmpty()) {
            return Embeds.Result.failure("The change '" + reference + "' cannot be worked out: the figure for " + then + " or " + now.get().label()
                    + " is not available" + (col.type() == Column.Type.COUNT ? ", or is 0" : "") + ".", "Quote the figures themselves instead.");
        }
        Column changeColumn = YearOnYear.changeColumn(d, col);
        return Embeds.Result.of(YearOnYear.inWords(changeColumn, change.published().get()));
    }

    private static String name(Column.Type type) {
        return "a " + type.name().toLowerCase(java.util.Locale.ROOT) + " column";
    }
}
