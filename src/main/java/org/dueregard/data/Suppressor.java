package org.dueregard.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hides small numbers: counts under the threshold (primary), then, until nothing changes, one more count in any
 * column (and, when the rule says so, any row) where only one is hidden, so a total cannot give it away (secondary). A
 * percentage is hidden with the count it is based on, and a computed value with its inputs (and one input with a
 * hidden computed value). Then the interval audit: while a reader could pin a hidden count down from what is
 * published (totals, total columns and rows, shares), hide the smallest shown count that would stop it, or, when
 * there is none, report the row. Shown counts are rounded when the rule says so.
 */
final class Suppressor {

    private Suppressor() {
    }

    /** The rows as published; a hidden count that nothing more can protect is a problem with its row's line. */
    static List<Row> apply(List<Column> columns, List<Row> rows, SuppressionRule stated, Margins margins, String file,
                           org.dueregard.Problems problems) {
        SuppressionRule rule = stated.threshold() > 0 ? stated : forSourceHidden(columns, rows);
        if (rule.threshold() <= 0) return rows;
        boolean[][] hidden = new boolean[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Optional<BigDecimal> value = rows.get(r).cell(c).number();
                hidden[r][c] = columns.get(c).type() == Column.Type.COUNT && value.isPresent() && rule.hides(value.get());
            }
        }
        hidePrimaryShares(columns, rows, hidden, rule);
        if (isTooBigToAudit(columns, rows, rule, margins)) {
            problems.add(org.dueregard.Problem.error(file, rows.get(0).line(), "This table has more than " + String.format(java.util.Locale.UK, "%,d", MAX_AUDITED)
                            + " counts under its suppression rule, too many to check in reasonable time that no hidden number can be worked out from its totals.",
                    "Split it into smaller tables, or set secondary: none when its counts add up to no published total."));
            return rows;
        }
        boolean[][] published;
        java.util.Set<String> safe = new java.util.HashSet<>();
        while (true) {
            settle(columns, rows, hidden, rule, margins);
            published = withDependents(columns, hidden);
            DisclosureModel model = DisclosureModelBuilder.build(columns, rows, published, rule, margins);
            Optional<Integer> narrow = IntervalAudit.findNarrow(model, rule.threshold(), safe);
            if (narrow.isEmpty()) break;
            Optional<CellVariable> next = model.findCellToHide(narrow.get());
            if (next.isEmpty()) {
                problems.add(cannotProtect(columns, rows, model, narrow.get(), rule, file));
                break;
            }
            hidden[next.get().row()][next.get().column()] = true;
        }
        return rowsAsPublished(columns, rows, published, rule);
    }

    /**
     * A computed count that is too small is hidden like any count; then one of the values it is computed from too, so
     * it cannot be worked out from them (men = all - women). Secondary suppression can pick a computed count, which
     * then needs an input hidden too: repeat until settled.
     */
    private static void settle(List<Column> columns, List<Row> rows, boolean[][] hidden, SuppressionRule rule, Margins margins) {
        int hiddenBefore;
        do {
            hiddenBefore = countHidden(hidden);
            hideInputsOfHiddenComputed(columns, rows, hidden);
            hideSecondaryShares(columns, rows, hidden, rule, margins);
            if (rule.secondary() != SuppressionRule.Secondary.NONE) {
                hideSecondary(columns, rows, hidden, rule.secondary() == SuppressionRule.Secondary.BOTH);
            }
        } while (countHidden(hidden) != hiddenBefore);
    }

    /**
     * The cells hidden in the end: a percentage goes with its count whenever the count is hidden (with a shown count
     * and its share, the total and then every hidden count could be worked out), and a computed value with its inputs.
     */
    private static boolean[][] withDependents(List<Column> columns, boolean[][] hidden) {
        boolean[][] all = new boolean[hidden.length][];
        for (int r = 0; r < hidden.length; r++) all[r] = hidden[r].clone();
        hideDependentPercentages(columns, all);
        hideComputedFromHidden(columns, all);
        return all;
    }

    private static List<Row> rowsAsPublished(List<Column> columns, List<Row> rows, boolean[][] hidden, SuppressionRule rule) {
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = rows.get(r).cell(c);
                if (hidden[r][c] && columns.get(c).type() == Column.Type.PERCENT && cell.number().isPresent() && rule.hidesShare(cell.number().get())) {
                    // The source's rule for shares is public, so a share under it is shown as "<5%", as the source does.
                    cell = new Cell(cell.text(), cell.number(), true, Cell.State.BELOW, Optional.of(rule.percentBelow()));
                } else if (hidden[r][c]) cell = cell.suppress();
                else if (rule.roundTo() > 1 && columns.get(c).type() == Column.Type.COUNT && cell.number().isPresent()) {
                    cell = Cell.number(roundTo(cell.number().get(), rule.roundTo()));
                }
                cells.add(cell);
            }
            out.add(new Row(List.copyOf(cells), rows.get(r).line()));
        }
        return List.copyOf(out);
    }

    /** No shown count is left to hide: the author must publish less or group rows. The message gives no figure away. */
    private static org.dueregard.Problem cannotProtect(List<Column> columns, List<Row> rows, DisclosureModel model, int narrow,
                                                       SuppressionRule rule, String file) {
        CellVariable cell = model.variables().get(narrow);
        String facts = String.join(", ", model.constraintsOf(narrow).stream().map(LinearConstraint::reason).distinct().toList());
        return org.dueregard.Problem.error(file, rows.get(cell.row()).line(), "The hidden number in the row '" + rows.get(cell.row()).label()
                        + "', column '" + columns.get(cell.column()).id() + "', could be worked out to fewer than " + rule.threshold()
                        + " possible values from " + facts + ", and no other number is left to hide.",
                "Combine small groups into one row, or publish fewer totals (secondary: none when the counts add up to no "
                        + "published total; no total column or total row).");
    }

    /**
     * Typed percentages hidden first: a share under the source's own rule (percent_below), and a share of a whole
     * (whole: true, or one base for the column) whose people are too few (5.0% of 60 staff is 3 people). A survey
     * result out of each group's respondents (base: respondents) goes with its group's count instead, as the NHS Staff
     * Survey does: the threshold is on the people asked, not on those who agreed.
     */
    private static void hidePrimaryShares(List<Column> columns, List<Row> rows, boolean[][] hidden, SuppressionRule rule) {
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            boolean percent = column.type() == Column.Type.PERCENT;
            if ((!percent && column.type() != Column.Type.RATE) || column.isComputed()) continue;
            // Survey answers out of each row's respondents go with their group; every other share or rate stands for people.
            boolean answers = rule.survey() && column.fixedBase().isEmpty();
            for (int r = 0; r < rows.size(); r++) {
                Optional<BigDecimal> value = rows.get(r).cell(c).number();
                if (value.isEmpty()) continue;
                Optional<BigDecimal> people = answers ? Optional.empty() : impliedCount(columns, rows.get(r), column, value.get());
                if ((percent && rule.hidesShare(value.get())) || people.map(n -> rule.hides(n.setScale(0, RoundingMode.HALF_UP))).orElse(false)) {
                    hidden[r][c] = true;
                }
            }
        }
    }

    /** For a rate, how many it is per ("per 100 staff" gives 100); empty when the unit does not say. */
    static Optional<BigDecimal> perHowMany(Column column) {
        java.util.regex.Matcher per = java.util.regex.Pattern.compile("(?i)per\\s+([0-9][0-9,]*)").matcher(column.unit());
        return per.find() ? Optional.of(new BigDecimal(per.group(1).replace(",", ""))).filter(n -> n.signum() > 0) : Optional.empty();
    }

    /** How many people a typed share (or rate) stands for, from its base (a count column of the row, or one number); empty without one. */
    static Optional<BigDecimal> impliedCount(List<Column> columns, Row row, Column column, BigDecimal share) {
        if (column.type() == Column.Type.RATE) {
            Optional<BigDecimal> per = perHowMany(column);
            if (per.isEmpty()) return Optional.empty();
            return baseOf(columns, row, column).map(n -> share.multiply(n).divide(per.get(), java.math.MathContext.DECIMAL64));
        }
        return baseOf(columns, row, column).map(n -> share.multiply(n).divide(BigDecimal.valueOf(100), java.math.MathContext.DECIMAL64));
    }

    private static Optional<BigDecimal> baseOf(List<Column> columns, Row row, Column column) {
        return column.fixedBase().isPresent() ? Optional.of(BigDecimal.valueOf(column.fixedBase().getAsLong()))
                : column.base().flatMap(id -> {
                    for (int b = 0; b < columns.size(); b++) if (columns.get(b).id().equals(id)) return row.cell(b).number();
                    return Optional.empty();
                });
    }

    /** The most counts the interval audit checks in one table: about 2,000 take seconds, and the work grows faster than that. */
    static final int MAX_AUDITED = 3000;

    private static boolean isTooBigToAudit(List<Column> columns, List<Row> rows, SuppressionRule rule, Margins margins) {
        boolean totals = rule.secondary() != SuppressionRule.Secondary.NONE || !margins.totalColumns().isEmpty() || !margins.totalRows().isEmpty();
        if (!totals) return false;
        long counts = 0;
        for (Row row : rows) for (int c = 0; c < columns.size(); c++) if (columns.get(c).type() == Column.Type.COUNT) counts++;
        return counts > MAX_AUDITED;
    }

    /**
     * A table with no suppression rule of its own can still hold figures the source hid: they are protected as the
     * source meant, with its bound as the threshold ("<10": fewer than 10 possible values is too few) or 10 for [c].
     * It assumes no published column totals (the source's are not known), only the table's own total rows.
     */
    private static SuppressionRule forSourceHidden(List<Column> columns, List<Row> rows) {
        int threshold = 0;
        for (Row row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.cell(c);
                if (!columns.get(c).type().isNumber() || cell.number().isPresent() || !cell.state().hidesAValue()) continue;
                int bound = cell.state() == Cell.State.BELOW && columns.get(c).type() == Column.Type.COUNT
                        ? cell.bound().orElseThrow().setScale(0, RoundingMode.CEILING).intValue() : 10;
                threshold = Math.max(threshold, Math.max(2, bound));
            }
        }
        return threshold == 0 ? SuppressionRule.NONE : new SuppressionRule(threshold, 1, SuppressionRule.Secondary.NONE);
    }

    /**
     * Shares of one whole (whole: true, or a column with a total row of 100%) add up to 100%, so what the shown ones
     * leave is the sum of the hidden ones. A hidden share is pinned when the others' bounds cannot make up that sum
     * on their own (one hidden share alone is exactly the rest; two hidden under 5% that must make 9.7% are each
     * 4.7 to 5.0): then hide the smallest shown share too, until every hidden share could be as low as 0.
     */
    private static void hideSecondaryShares(List<Column> columns, List<Row> rows, boolean[][] hidden, SuppressionRule rule, Margins margins) {
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.type() != Column.Type.PERCENT || column.isComputed()) continue;
            List<Integer> parts = partsOfWhole(column, c, rows, margins);
            if (parts.isEmpty()) continue;
            while (isAHiddenSharePinned(column, c, rows, parts, hidden, rule)) {
                final int col = c;
                Optional<Integer> next = parts.stream()
                        .filter(r -> !hidden[r][col] && rows.get(r).cell(col).number().map(v -> v.signum() > 0).orElse(false))
                        .min(java.util.Comparator.comparing((Integer r) -> rows.get(r).cell(col).number().orElseThrow()).thenComparing(r -> r));
                if (next.isEmpty()) break;
                hidden[next.get()][c] = true;
            }
        }
    }

    /** The rows that are parts of one whole in this column (all but the total row), or none when it is not a whole. */
    private static List<Integer> partsOfWhole(Column column, int c, List<Row> rows, Margins margins) {
        List<Integer> totals = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            boolean named = MarginReader.TOTAL_NAME.matcher(rows.get(r).label().strip()).matches()
                    || MarginReader.EVERYONE.matcher(rows.get(r).label().strip()).matches();
            boolean hundred = rows.get(r).cell(c).number().map(v -> v.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.5")) <= 0)
                    .orElse(false);
            if (margins.isTotalRow(r) || (named && hundred)) totals.add(r);
        }
        if (!column.whole() && totals.isEmpty()) return List.of();
        List<Integer> parts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) if (!totals.contains(r)) parts.add(r);
        return parts;
    }

    private static boolean isAHiddenSharePinned(Column column, int c, List<Row> rows, List<Integer> parts, boolean[][] hidden, SuppressionRule rule) {
        BigDecimal shown = BigDecimal.ZERO;
        int decimals = 0;
        int shownCount = 0;
        List<Optional<BigDecimal>> bounds = new ArrayList<>();
        for (int r : parts) {
            Cell cell = rows.get(r).cell(c);
            boolean hiddenHere = hidden[r][c] && cell.number().isPresent();
            if (cell.number().isPresent() && !hiddenHere) {
                shown = shown.add(cell.number().get());
                decimals = Math.max(decimals, Math.max(0, cell.number().get().scale()));
                shownCount++;
            } else if (hiddenHere) {
                boolean underRule = rule.hidesShare(cell.number().get());
                bounds.add(underRule ? Optional.of(rule.percentBelow()) : Optional.empty());
            } else if (cell.state().hidesAValue()) {
                bounds.add(cell.state() == Cell.State.BELOW ? cell.bound() : Optional.empty());
            }
        }
        if (bounds.isEmpty()) return false;
        BigDecimal tolerance = BigDecimal.valueOf(shownCount).multiply(BigDecimal.valueOf(5, decimals + 1));
        BigDecimal rest = BigDecimal.valueOf(100).subtract(shown).subtract(tolerance); // the least the hidden ones make together
        for (int i = 0; i < bounds.size(); i++) {
            BigDecimal others = BigDecimal.ZERO;
            boolean othersBounded = true;
            for (int j = 0; j < bounds.size(); j++) {
                if (j == i) continue;
                if (bounds.get(j).isEmpty()) othersBounded = false;
                else others = others.add(bounds.get(j).get());
            }
            if (othersBounded && rest.subtract(others).signum() > 0) return true;
        }
        return false;
    }

    private static void hideSecondary(List<Column> columns, List<Row> rows, boolean[][] hidden, boolean rowsToo) {
        List<Integer> counts = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) if (columns.get(c).type() == Column.Type.COUNT) counts.add(c);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; rowsToo && r < rows.size(); r++) {
                final int row = r;
                List<int[]> line = counts.stream().map(c -> new int[] {row, c}).toList();
                changed |= hideOneMoreIfAlone(line, rows, hidden, p -> hiddenInColumn(hidden, p[1]));
            }
            for (int c : counts) {
                final int column = c;
                List<int[]> line = new ArrayList<>();
                for (int r = 0; r < rows.size(); r++) line.add(new int[] {r, column});
                changed |= hideOneMoreIfAlone(line, rows, hidden, p -> hiddenInRow(hidden, p[0], counts));
            }
        }
    }

    /**
     * In one row or column: if exactly one cell is hidden, hide one more non-zero cell. Prefer a cell whose crossing
     * line also has exactly one hidden cell (one more cell then protects both), then the smallest value.
     */
    private static boolean hideOneMoreIfAlone(List<int[]> line, List<Row> rows, boolean[][] hidden,
                                              java.util.function.ToIntFunction<int[]> hiddenInCrossingLine) {
        long hiddenCount = line.stream().filter(p -> hidden[p[0]][p[1]]).count();
        if (hiddenCount != 1 || line.size() < 2) return false;
        int[] smallest = null;
        BigDecimal smallestValue = null;
        boolean smallestHelpsTwice = false;
        for (int[] p : line) {
            if (hidden[p[0]][p[1]]) continue;
            Optional<BigDecimal> value = rows.get(p[0]).cell(p[1]).number();
            if (value.isEmpty() || value.get().signum() == 0) continue;
            boolean helpsTwice = hiddenInCrossingLine.applyAsInt(p) == 1;
            boolean better = smallest == null || (helpsTwice && !smallestHelpsTwice)
                    || (helpsTwice == smallestHelpsTwice && value.get().compareTo(smallestValue) < 0);
            if (better) {
                smallest = p;
                smallestValue = value.get();
                smallestHelpsTwice = helpsTwice;
            }
        }
        if (smallest == null) return false;
        hidden[smallest[0]][smallest[1]] = true;
        return true;
    }

    private static int countHidden(boolean[][] hidden) {
        int count = 0;
        for (boolean[] row : hidden) for (boolean cell : row) if (cell) count++;
        return count;
    }

    /** For each hidden computed value whose inputs are all shown, hide its smallest input as well. */
    private static void hideInputsOfHiddenComputed(List<Column> columns, List<Row> rows, boolean[][] hidden) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).compute().isEmpty()) continue;
            List<Integer> inputs = new ArrayList<>();
            for (String input : columns.get(c).compute().get().inputs()) {
                for (int i = 0; i < columns.size(); i++) if (columns.get(i).id().equals(input)) inputs.add(i);
            }
            for (int r = 0; r < rows.size(); r++) {
                if (!hidden[r][c]) continue;
                final int row = r;
                if (inputs.stream().anyMatch(i -> hidden[row][i])) continue;
                inputs.stream().filter(i -> rows.get(row).cell(i).number().isPresent())
                        .min(java.util.Comparator.comparing(i -> rows.get(row).cell(i).number().orElseThrow()))
                        .ifPresent(i -> hidden[row][i] = true);
            }
        }
    }

    /** A computed value is hidden when any value it is computed from is hidden: it could give that value away. */
    private static void hideComputedFromHidden(List<Column> columns, boolean[][] hidden) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).compute().isEmpty()) continue;
            for (String input : columns.get(c).compute().get().inputs()) {
                for (int i = 0; i < columns.size(); i++) {
                    if (!columns.get(i).id().equals(input)) continue;
                    for (boolean[] row : hidden) if (row[i]) row[c] = true;
                }
            }
        }
    }

    private static int hiddenInColumn(boolean[][] hidden, int column) {
        int n = 0;
        for (boolean[] row : hidden) if (row[column]) n++;
        return n;
    }

    private static int hiddenInRow(boolean[][] hidden, int row, List<Integer> counts) {
        int n = 0;
        for (int c : counts) if (hidden[row][c]) n++;
        return n;
    }

    private static void hideDependentPercentages(List<Column> columns, boolean[][] hidden) {
        for (int c = 0; c < columns.size(); c++) {
            Optional<String> base = columns.get(c).base();
            if (base.isEmpty()) continue;
            int baseColumn = -1;
            for (int b = 0; b < columns.size(); b++) if (columns.get(b).id().equals(base.get())) baseColumn = b;
            if (baseColumn < 0) continue;
            for (boolean[] row : hidden) if (row[baseColumn]) row[c] = true;
        }
    }

    static BigDecimal roundTo(BigDecimal value, int multiple) {
        return SuppressionRule.roundTo(value, multiple);
    }
}
