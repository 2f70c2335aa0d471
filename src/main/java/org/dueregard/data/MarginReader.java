package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.Suggestions;
import org.dueregard.config.YamlFields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a dataset's totals: {@code total_of: [women, men]} on a column and {@code total_row: Total}, each checked
 * against the figures (file and line when they do not add up); then finds the totals no one declared. A reader
 * spots "staff = men + women" on the shown rows as easily as we do, and a column or row called "all" or "total" that
 * does not add up exactly still tells them its parts are no bigger than it. A row must be called like a total to be
 * taken for one (a row that adds up the others by chance says nothing about the hidden ones, and a quoted column
 * total leaves a total row out).
 */
final class MarginReader {

    /** Names that promise a total: "All", "Total", "All staff", "Grand total", "Overall", "Everyone". */
    /** More names for a column or row that counts everyone: "Headcount", "Staff in post", "Whole trust", "Organisation". */
    static final Pattern EVERYONE = Pattern.compile("(?i)^(head[ _-]?count|staff[ _-]in[ _-]post|all[ _-]staff|employees|whole([ _-].*)?|"
            + "entire([ _-].*)?|(the[ _-])?organi[sz]ation([ _-].*)?|trust([ _-](total|wide|overall))?|workforce|everybody)$");
    static final Pattern TOTAL_NAME = Pattern.compile("(?i)^(all|total|grand[ _-]total|overall|everyone)([ _-].*)?$");

    private MarginReader() {
    }

    static Margins read(YamlFields fields, List<Column> columns, List<Row> rows) {
        List<Margins.TotalColumn> totalColumns = new ArrayList<>(declaredColumns(fields, columns, rows));
        List<Margins.TotalRow> totalRows = new ArrayList<>();
        declaredRow(fields, columns, rows).ifPresent(totalRows::add);
        if (totalColumns.isEmpty()) foundColumn(columns, rows).ifPresent(totalColumns::add);
        if (totalRows.isEmpty()) foundRow(columns, rows).ifPresent(totalRows::add);
        return new Margins(List.copyOf(totalColumns), List.copyOf(totalRows));
    }

    private static List<Margins.TotalColumn> declaredColumns(YamlFields fields, List<Column> columns, List<Row> rows) {
        List<Margins.TotalColumn> totals = new ArrayList<>();
        List<YamlFields> items = fields.findMappingList("columns", "column");
        List<String> ids = columns.stream().map(Column::id).toList();
        for (int c = 0; c < items.size() && c < columns.size(); c++) {
            YamlFields item = items.get(c);
            if (item.findEntry("total_of").isEmpty()) continue;
            int line = item.lineOf("total_of");
            if (columns.get(c).type() != Column.Type.COUNT) {
                fields.problems().add(Problem.error(fields.file(), line, "'total_of' belongs to a count column; '" + columns.get(c).id()
                        + "' is " + columns.get(c).type().name().toLowerCase(java.util.Locale.ROOT) + ".", "Put total_of: on the count column that adds up the others."));
                continue;
            }
            List<Integer> parts = new ArrayList<>();
            List<String> named = item.findTextList("total_of");
            for (String id : named) {
                int part = ids.indexOf(id);
                if (part < 0 || part == c || columns.get(part).type() != Column.Type.COUNT) {
                    fields.problems().add(Problem.error(fields.file(), line, "'" + id + "' in total_of is not another count column of this dataset"
                            + Suggestions.didYouMeanOrStop(id, ids), "List the count columns this one adds up, for example total_of: [women, men]"));
                } else {
                    parts.add(part);
                }
            }
            if (parts.size() < named.size()) continue;
            if (parts.size() < 2) {
                fields.problems().add(Problem.error(fields.file(), line, "total_of names fewer than two columns.",
                        "List the count columns this one adds up, for example total_of: [women, men]"));
                continue;
            }
            checkColumnAddsUp(fields, columns, rows, c, parts);
            totals.add(new Margins.TotalColumn(c, List.copyOf(parts), true));
        }
        return totals;
    }

    private static void checkColumnAddsUp(YamlFields fields, List<Column> columns, List<Row> rows, int total, List<Integer> parts) {
        for (Row row : rows) {
            Optional<BigDecimal> sum = sumOf(row, parts);
            Optional<BigDecimal> value = row.cell(total).number();
            if (sum.isEmpty() || value.isEmpty() || sum.get().compareTo(value.get()) == 0) continue;
            String names = String.join(" + ", parts.stream().map(p -> columns.get(p).id()).toList());
            fields.problems().add(Problem.error(fields.file(), row.line(), "In the row '" + row.label() + "', '" + columns.get(total).id()
                    + "' is " + value.get().toPlainString() + " but " + names + " is " + sum.get().toPlainString() + ".",
                    "A total_of column must be the sum of the columns it names. Correct the figures, or add a column for the "
                            + "people it also counts (such as not_declared)."));
        }
    }

    private static Optional<Margins.TotalRow> declaredRow(YamlFields fields, List<Column> columns, List<Row> rows) {
        Optional<String> label = fields.findText("total_row");
        if (label.isEmpty()) return Optional.empty();
        int line = fields.lineOf("total_row");
        for (int r = 0; r < rows.size(); r++) {
            if (!Slugs.of(rows.get(r).label()).equals(Slugs.of(label.get()))) continue;
            for (int c : countColumns(columns)) {
                Optional<BigDecimal> sum = sumOfOtherRows(rows, r, c);
                Optional<BigDecimal> value = rows.get(r).cell(c).number();
                if (sum.isEmpty() || value.isEmpty() || sum.get().compareTo(value.get()) == 0) continue;
                fields.problems().add(Problem.error(fields.file(), rows.get(r).line(), "The total row '" + label.get() + "' has "
                        + value.get().toPlainString() + " in '" + columns.get(c).id() + "', but the other rows add up to " + sum.get().toPlainString() + ".",
                        "A total row must be the sum of the other rows. Correct the figures, or add a row for the people it also counts."));
            }
            return Optional.of(new Margins.TotalRow(r, true));
        }
        fields.problems().add(Problem.error(fields.file(), line, "The total row '" + label.get() + "' is not the label of any row"
                + Suggestions.didYouMean(label.get(), rows.stream().map(Row::label).toList()),
                "Give the first value of the row that adds up the others, for example total_row: Total"));
        return Optional.empty();
    }

    /** A count column equal to, or at least, the sum of all the other count columns in every row. */
    private static Optional<Margins.TotalColumn> foundColumn(List<Column> columns, List<Row> rows) {
        List<Integer> counts = countColumns(columns);
        for (int c : counts) {
            List<Integer> parts = counts.stream().filter(p -> p != c).toList();
            if (parts.size() < 2) continue;
            int comparison = compareWithParts(rows, c, parts);
            if (comparison == 0) return Optional.of(new Margins.TotalColumn(c, parts, true));
            // A column at least the sum of the others in every row and called like a count of everyone (a headcount
            // that also counts people who did not say) bounds them as surely as a total does. By the figures alone it
            // could be a large group (women in a mostly female workforce), which would hide too much.
            boolean named = TOTAL_NAME.matcher(columns.get(c).id()).matches() || TOTAL_NAME.matcher(columns.get(c).label()).matches()
                    || EVERYONE.matcher(columns.get(c).id()).matches() || EVERYONE.matcher(columns.get(c).label()).matches();
            if (named && comparison > 0) return Optional.of(new Margins.TotalColumn(c, parts, false));
        }
        return Optional.empty();
    }

    /** 0 when the column equals the sum of its parts in every row, 1 when it is at least the sum, -1 otherwise. */
    private static int compareWithParts(List<Row> rows, int column, List<Integer> parts) {
        boolean equal = true;
        boolean any = false;
        for (Row row : rows) {
            Optional<BigDecimal> sum = sumOf(row, parts);
            Optional<BigDecimal> value = row.cell(column).number();
            if (sum.isEmpty() || value.isEmpty()) continue;
            any = true;
            int cmp = value.get().compareTo(sum.get());
            if (cmp < 0) return -1;
            equal &= cmp == 0;
        }
        return !any ? -1 : equal ? 0 : 1;
    }

    private static Optional<Margins.TotalRow> foundRow(List<Column> columns, List<Row> rows) {
        List<Integer> counts = countColumns(columns);
        if (rows.size() < 3 || counts.isEmpty()) return Optional.empty();
        for (int r = 0; r < rows.size(); r++) {
            boolean equal = true;
            boolean atLeast = true;
            boolean any = false;
            for (int c : counts) {
                Optional<BigDecimal> sum = sumOfOtherRows(rows, r, c);
                Optional<BigDecimal> value = rows.get(r).cell(c).number();
                if (sum.isEmpty() || value.isEmpty()) continue;
                any = true;
                int cmp = value.get().compareTo(sum.get());
                equal &= cmp == 0;
                atLeast &= cmp >= 0;
            }
            // By its name: a large group (White staff) is often at least the sum of the others in every column.
            boolean named = TOTAL_NAME.matcher(rows.get(r).label()).matches() || EVERYONE.matcher(rows.get(r).label()).matches();
            // A row called Total over rows the source hid ("<10") cannot be added up here, but readers take it as the
            // total, and use it to work the hidden ones out.
            if (named && !any && hidesOtherRows(rows, r, counts)) return Optional.of(new Margins.TotalRow(r, true));
            if (!any || !named) continue;
            if (equal) return Optional.of(new Margins.TotalRow(r, true));
            if (atLeast) return Optional.of(new Margins.TotalRow(r, false));
        }
        return Optional.empty();
    }

    private static List<Integer> countColumns(List<Column> columns) {
        List<Integer> counts = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) if (columns.get(c).type() == Column.Type.COUNT && !columns.get(c).isComputed()) counts.add(c);
        return counts;
    }

    /** The sum of the row's values in these columns; empty when one is missing. */
    private static Optional<BigDecimal> sumOf(Row row, List<Integer> columns) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int c : columns) {
            Optional<BigDecimal> v = row.cell(c).number();
            if (v.isEmpty()) return Optional.empty();
            sum = sum.add(v.get());
        }
        return Optional.of(sum);
    }

    /** Whether the other rows have a value the source hid, in a count column where this row has a number. */
    private static boolean hidesOtherRows(List<Row> rows, int total, List<Integer> counts) {
        for (int c : counts) {
            if (rows.get(total).cell(c).number().isEmpty()) continue;
            for (int r = 0; r < rows.size(); r++) if (r != total && rows.get(r).cell(c).state().hidesAValue()) return true;
        }
        return false;
    }

    private static Optional<BigDecimal> sumOfOtherRows(List<Row> rows, int total, int column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = 0; r < rows.size(); r++) {
            if (r == total) continue;
            Optional<BigDecimal> v = rows.get(r).cell(column).number();
            if (v.isEmpty()) return Optional.empty();
            sum = sum.add(v.get());
        }
        return Optional.of(sum);
    }
}
