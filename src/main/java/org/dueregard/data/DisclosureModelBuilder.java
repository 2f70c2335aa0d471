package org.dueregard.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Writes down what a reader of a suppressed table knows, as a {@link DisclosureModel}: one variable for each count
 * cell, and one constraint for each published fact about them. The facts are the ones the site can publish:
 * <ul>
 * <li>each column's total, which a page may quote (secondary: columns or both);</li>
 * <li>each row's total over its counts, which the rule says is known elsewhere (secondary: both);</li>
 * <li>total columns and total rows in the table (see {@link Margins});</li>
 * <li>computed counts: difference(all, women) is all - women;</li>
 * <li>shown shares, computed or typed with whole: true: rounded to the shown decimals, each is a pair of linear
 * inequalities (women x 100 between 83.55 and 83.65 times women + men).</li>
 * </ul>
 */
final class DisclosureModelBuilder {

    private final List<Column> columns;
    private final List<Row> rows;
    private final boolean[][] hidden;
    private final SuppressionRule rule;
    private final Margins margins;
    private final Map<Long, Integer> variableOf = new HashMap<>();
    private final List<CellVariable> variables = new ArrayList<>();
    private final List<LinearConstraint> constraints = new ArrayList<>();

    private DisclosureModelBuilder(List<Column> columns, List<Row> rows, boolean[][] hidden, SuppressionRule rule, Margins margins) {
        this.columns = columns;
        this.rows = rows;
        this.hidden = hidden;
        this.rule = rule;
        this.margins = margins;
    }

    /** @param hidden which cells will be shown as [c], after every rule has run */
    static DisclosureModel build(List<Column> columns, List<Row> rows, boolean[][] hidden, SuppressionRule rule, Margins margins) {
        DisclosureModelBuilder builder = new DisclosureModelBuilder(columns, rows, hidden, rule, margins);
        builder.addVariables();
        builder.addColumnTotals();
        builder.addRowTotals();
        builder.addMargins();
        builder.addDifferences();
        builder.addShares();
        builder.addWholesOfFixedBases();
        return new DisclosureModel(List.copyOf(builder.variables), List.copyOf(builder.constraints));
    }

    private void addVariables() {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Optional<BigDecimal> value = rows.get(r).cell(c).number();
                Cell cell = rows.get(r).cell(c);
                if (value.isEmpty() && columns.get(c).type() == Column.Type.COUNT && cell.state().hidesAValue()) {
                    variableOf.put(key(r, c), variables.size());
                    variables.add(hiddenBySource(r, c, cell));
                    continue;
                }
                if (value.isEmpty()) continue;
                if (columns.get(c).type() == Column.Type.COUNT) {
                    variableOf.put(key(r, c), variables.size());
                    variables.add(variableFor(r, c, value.get().longValue()));
                } else if (isShareOfFixedWhole(columns.get(c))) {
                    variableOf.put(key(r, c), variables.size());
                    variables.add(peopleBehindShare(r, c, value.get()));
                }
            }
        }
    }

    /**
     * A count the source hid: a reader knows only its bound ("<10" is 0 to 9) or, for [c], that it is at least 1. Its
     * true value is unknown here too; the audit needs only the bounds.
     */
    private static CellVariable hiddenBySource(int r, int c, Cell cell) {
        if (cell.state() == Cell.State.BELOW) {
            long bound = cell.bound().orElseThrow().setScale(0, java.math.RoundingMode.CEILING).longValue();
            return new CellVariable(r, c, 0, true, 0, OptionalLong.of(Math.max(0, bound - 1)));
        }
        return new CellVariable(r, c, 1, true, 1, OptionalLong.empty());
    }

    /** Whether a column has a count the source hid: its total is never published, so it is no fact for a reader. */
    private boolean hidesBySource(int c) {
        return rows.stream().anyMatch(row -> row.cell(c).number().isEmpty() && row.cell(c).state().hidesAValue());
    }

    /** A typed share of one known number of people (whole: true, base: 240): each share stands for a count. */
    private static boolean isShareOfFixedWhole(Column column) {
        return column.type() == Column.Type.PERCENT && !column.isComputed() && column.whole() && column.fixedBase().isPresent();
    }

    /**
     * The people behind a share of a fixed base: shown, any count that rounds to the share at its decimals; hidden,
     * at least 1, and under the source's bound when the share is shown as "<5%".
     */
    private CellVariable peopleBehindShare(int r, int c, BigDecimal share) {
        Column column = columns.get(c);
        BigDecimal base = BigDecimal.valueOf(column.fixedBase().getAsLong());
        long value = share.multiply(base).divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValue();
        if (hidden[r][c]) {
            OptionalLong upper = rule.hidesShare(share)
                    ? OptionalLong.of(rule.percentBelow().multiply(base).divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING).longValue() - 1)
                    : OptionalLong.empty();
            return new CellVariable(r, c, value, true, Math.min(1, value), upper);
        }
        int decimals = column.displayDecimals() >= 0 ? column.displayDecimals() : Math.max(0, share.scale());
        BigDecimal half = BigDecimal.valueOf(5, decimals + 1);
        BigDecimal hundred = BigDecimal.valueOf(100);
        long lower = share.subtract(half).multiply(base).divide(hundred, 0, java.math.RoundingMode.CEILING).longValue();
        long upper = share.add(half).multiply(base).divide(hundred, 0, java.math.RoundingMode.FLOOR).longValue();
        return new CellVariable(r, c, value, false, Math.max(0, Math.min(lower, value)), OptionalLong.of(Math.max(upper, value)));
    }

    /** The people behind the shares of one fixed whole add up to it, when every share has a number. */
    private void addWholesOfFixedBases() {
        for (int c = 0; c < columns.size(); c++) {
            if (!isShareOfFixedWhole(columns.get(c))) continue;
            Map<Integer, BigDecimal> terms = new TreeMap<>();
            boolean complete = true;
            for (int r = 0; r < rows.size(); r++) if (!margins.isTotalRow(r)) complete &= addTerm(terms, r, c, BigDecimal.ONE);
            if (complete && terms.size() > 1) {
                constraints.add(LinearConstraint.equal(terms, BigDecimal.valueOf(columns.get(c).fixedBase().getAsLong()),
                        "the percentages in '" + columns.get(c).id() + "' of " + columns.get(c).fixedBase().getAsLong() + " people"));
            }
        }
    }

    /**
     * A hidden count is at least 1, since 0 is always shown (at least 0 if it is 0 after all, so the truth is always
     * possible). A shown count is its value; rounded to a multiple m, anything that rounds to it, and not small.
     */
    private CellVariable variableFor(int r, int c, long value) {
        if (hidden[r][c]) return new CellVariable(r, c, value, true, Math.min(1, value), OptionalLong.empty());
        int m = rule.roundTo();
        if (m <= 1 || value == 0) return new CellVariable(r, c, value, false, value, OptionalLong.of(value));
        long shown = Suppressor.roundTo(BigDecimal.valueOf(value), m).longValue();
        long lower = Math.max(Math.max(0, shown - m / 2), rule.threshold());
        return new CellVariable(r, c, value, false, Math.min(lower, value), OptionalLong.of(shown + (m + 1) / 2 - 1));
    }

    private void addColumnTotals() {
        if (rule.secondary() == SuppressionRule.Secondary.NONE) return;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).type() != Column.Type.COUNT || hidesBySource(c)) continue;
            Map<Integer, BigDecimal> terms = new TreeMap<>();
            long sum = 0;
            for (int r = 0; r < rows.size(); r++) {
                Integer v = variableOf.get(key(r, c));
                if (v == null || margins.isTotalRow(r)) continue;
                terms.put(v, BigDecimal.ONE);
                sum += variables.get(v).value();
            }
            addPublishedSum(terms, sum, "the total of '" + columns.get(c).id() + "'");
        }
    }

    private void addRowTotals() {
        if (rule.secondary() != SuppressionRule.Secondary.BOTH) return;
        for (int r = 0; r < rows.size(); r++) {
            Map<Integer, BigDecimal> terms = new TreeMap<>();
            long sum = 0;
            final int row = r;
            boolean sourceHidden = java.util.stream.IntStream.range(0, columns.size())
                    .anyMatch(c -> rows.get(row).cell(c).number().isEmpty() && rows.get(row).cell(c).state().hidesAValue());
            if (sourceHidden) continue; // its total cannot be published either
            for (int c = 0; c < columns.size(); c++) {
                Integer v = variableOf.get(key(r, c));
                if (v == null || margins.isTotalColumn(c) || columns.get(c).isComputed()) continue;
                terms.put(v, BigDecimal.ONE);
                sum += variables.get(v).value();
            }
            addPublishedSum(terms, sum, "the total of the row '" + rows.get(r).label() + "'");
        }
    }

    /** A published sum, rounded as the site rounds a quoted total. */
    private void addPublishedSum(Map<Integer, BigDecimal> terms, long sum, String reason) {
        if (terms.size() < 2) return;
        int m = rule.roundTo();
        if (m <= 1) {
            constraints.add(LinearConstraint.equal(terms, BigDecimal.valueOf(sum), reason));
            return;
        }
        long shown = Suppressor.roundTo(BigDecimal.valueOf(sum), m).longValue();
        constraints.add(LinearConstraint.between(terms, BigDecimal.valueOf(shown - m / 2), BigDecimal.valueOf(shown + (m + 1) / 2 - 1), reason));
    }

    /** total = sum of parts (or total - sum of parts >= 0, when the total also counts others). */
    private void addMargins() {
        for (Margins.TotalColumn total : margins.totalColumns()) {
            for (int r = 0; r < rows.size(); r++) {
                Map<Integer, BigDecimal> terms = new TreeMap<>();
                if (!addTerm(terms, r, total.column(), BigDecimal.ONE)) continue;
                boolean complete = true;
                for (int part : total.parts()) complete &= addTerm(terms, r, part, BigDecimal.ONE.negate());
                if (complete) addZeroOrMore(terms, total.exact(), "the total column '" + columns.get(total.column()).id() + "'");
            }
        }
        for (Margins.TotalRow total : margins.totalRows()) {
            for (int c = 0; c < columns.size(); c++) {
                Map<Integer, BigDecimal> terms = new TreeMap<>();
                if (!addTerm(terms, total.row(), c, BigDecimal.ONE)) continue;
                boolean complete = true;
                for (int r = 0; r < rows.size(); r++) if (r != total.row()) complete &= addTerm(terms, r, c, BigDecimal.ONE.negate());
                if (complete) addZeroOrMore(terms, total.exact(), "the total row '" + rows.get(total.row()).label() + "'");
            }
        }
    }

    private void addDifferences() {
        for (int c = 0; c < columns.size(); c++) {
            Optional<Column.Formula> formula = columns.get(c).compute();
            if (formula.isEmpty() || !formula.get().function().equals("difference") || columns.get(c).type() != Column.Type.COUNT) continue;
            for (int r = 0; r < rows.size(); r++) {
                Map<Integer, BigDecimal> terms = new TreeMap<>();
                boolean complete = addTerm(terms, r, c, BigDecimal.ONE)
                        & addTerm(terms, r, columnOf(formula.get().inputs().get(0)), BigDecimal.ONE.negate())
                        & addTerm(terms, r, columnOf(formula.get().inputs().get(1)), BigDecimal.ONE);
                if (complete) addZeroOrMore(terms, true, "the computed column '" + columns.get(c).id() + "'");
            }
        }
    }

    /** Shown shares of counts: computed share() columns, and typed shares of a column's total (base: and whole: true). */
    private void addShares() {
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.type() != Column.Type.PERCENT) continue;
            for (int r = 0; r < rows.size(); r++) {
                Optional<BigDecimal> shown = rows.get(r).cell(c).number();
                if (hidden[r][c] || shown.isEmpty()) continue;
                Optional<Ratio> ratio = column.compute().isPresent() ? computedShare(column, r) : typedShare(column, r);
                ratio.ifPresent(p -> addShare(p, shown.get(), column));
            }
        }
    }

    /** A share as the cells it is worked out from: part over whole, each a sum of cells. */
    private record Ratio(Map<Integer, BigDecimal> part, Map<Integer, BigDecimal> whole) {
    }

    /** share(a, b, c): a over a + b + c in the same row. */
    private Optional<Ratio> computedShare(Column column, int r) {
        Column.Formula formula = column.compute().get();
        if (!formula.function().equals("share") || formula.inputs().isEmpty()) return Optional.empty();
        Map<Integer, BigDecimal> part = new TreeMap<>();
        Map<Integer, BigDecimal> whole = new TreeMap<>();
        if (!addTerm(part, r, columnOf(formula.inputs().get(0)), BigDecimal.ONE)) return Optional.empty();
        for (String input : formula.inputs()) if (!addTerm(whole, r, columnOf(input), BigDecimal.ONE)) return Optional.empty();
        return Optional.of(new Ratio(part, whole));
    }

    /** A typed percentage of a count column's total, one row's count over all the rows' (whole: true with a base). */
    private Optional<Ratio> typedShare(Column column, int r) {
        if (!column.whole() || column.base().isEmpty()) return Optional.empty();
        int base = columnOf(column.base().get());
        Map<Integer, BigDecimal> part = new TreeMap<>();
        Map<Integer, BigDecimal> whole = new TreeMap<>();
        if (!addTerm(part, r, base, BigDecimal.ONE)) return Optional.empty();
        for (int other = 0; other < rows.size(); other++) if (!margins.isTotalRow(other)) addTerm(whole, other, base, BigDecimal.ONE);
        return Optional.of(new Ratio(part, whole));
    }

    /**
     * 100 x part between (p - half a unit) x whole and (p + half a unit) x whole, at the decimals shown. A typed
     * percentage that does not agree with the counts is left out: it would make the truth impossible, and the reader
     * cannot use it to pin a count exactly either.
     */
    private void addShare(Ratio ratio, BigDecimal value, Column column) {
        int decimals = column.displayDecimals() >= 0 ? column.displayDecimals() : Math.max(0, value.scale());
        BigDecimal shown = value.setScale(decimals, java.math.RoundingMode.HALF_UP);
        BigDecimal half = BigDecimal.valueOf(5, decimals + 1);
        Map<Integer, BigDecimal> low = share(ratio, shown.subtract(half), BigDecimal.ONE);
        Map<Integer, BigDecimal> high = share(ratio, shown.add(half), BigDecimal.ONE.negate());
        if (truthOf(low).signum() < 0 || truthOf(high).signum() < 0) return;
        String reason = "the percentages in '" + column.id() + "'";
        constraints.add(LinearConstraint.atLeast(low, BigDecimal.ZERO, reason));
        constraints.add(LinearConstraint.atLeast(high, BigDecimal.ZERO, reason));
    }

    /** The terms of sign x (100 x part - percent x whole). */
    private static Map<Integer, BigDecimal> share(Ratio ratio, BigDecimal percent, BigDecimal sign) {
        Map<Integer, BigDecimal> terms = new TreeMap<>();
        ratio.part().forEach((v, a) -> terms.merge(v, a.multiply(BigDecimal.valueOf(100)).multiply(sign), BigDecimal::add));
        ratio.whole().forEach((v, a) -> terms.merge(v, a.multiply(percent).multiply(sign).negate(), BigDecimal::add));
        return terms;
    }

    private BigDecimal truthOf(Map<Integer, BigDecimal> terms) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> term : terms.entrySet()) {
            sum = sum.add(term.getValue().multiply(BigDecimal.valueOf(variables.get(term.getKey()).value())));
        }
        return sum;
    }

    private void addZeroOrMore(Map<Integer, BigDecimal> terms, boolean exact, String reason) {
        constraints.add(exact ? LinearConstraint.equal(terms, BigDecimal.ZERO, reason) : LinearConstraint.atLeast(terms, BigDecimal.ZERO, reason));
    }

    /** Adds the cell's variable with a coefficient; false when the cell has no count (missing, or not a count). */
    private boolean addTerm(Map<Integer, BigDecimal> terms, int r, int c, BigDecimal coefficient) {
        Integer v = c < 0 ? null : variableOf.get(key(r, c));
        if (v == null) return false;
        terms.merge(v, coefficient, BigDecimal::add);
        return true;
    }

    private int columnOf(String id) {
        for (int c = 0; c < columns.size(); c++) if (columns.get(c).id().equals(id)) return c;
        return -1;
    }

    private static long key(int r, int c) {
        return ((long) r << 32) | c;
    }
}
