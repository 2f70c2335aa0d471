package org.dueregard.data;

import org.dueregard.ProblemsException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 10, item 9, as a property: for random small tables (seeded, so every run is the same), suppress and audit as
 * a build does, then play the reader by brute force, with no code from the audit: enumerate every table of whole
 * numbers that agrees with what is published (shown counts, [c] meaning at least 1, the column totals a page may
 * quote, the row totals under secondary: both, a total column) and check that each hidden count takes at least as
 * many values as the threshold. Or the build refused the table, naming a row.
 */
class SuppressionPropertyTest {

    private static final int CASES = Integer.getInteger("cases", 400);

    @Test
    void noHiddenCountIsPinnedDownByWhatIsPublished() throws ProblemsException {
        Random random = new Random(20261130);
        int audited = 0;
        int refused = 0;
        for (int n = 0; n < CASES; n++) {
            Table table = Table.random(random);
            Dataset dataset;
            try {
                dataset = DatasetParser.parse("t", table.yaml(), "t.yml");
            } catch (ProblemsException e) {
                assertTrue(e.problems().get(0).message().contains("could be worked out to fewer than"), table.yaml() + e.problems());
                refused++;
                continue;
            }
            Reader reader = new Reader(table, dataset);
            String failure = reader.findPinnedCount();
            if (failure != null) fail("case " + n + ": " + failure + "\n" + table.yaml() + "\npublished: " + reader.published());
            audited++;
        }
        assertTrue(audited > CASES / 2, "most random tables can be protected: " + audited + " audited, " + refused + " refused");
    }

    /** A random table of counts: 2 to 4 rows, 2 or 3 columns, maybe an "all" column, under a random rule. */
    record Table(long[][] values, boolean totalColumn, boolean declared, int threshold, String secondary) {

        static Table random(Random random) {
            int rows = 2 + random.nextInt(3);
            int columns = 2 + random.nextInt(2);
            int threshold = 3 + random.nextInt(5);
            long[][] values = new long[rows][columns];
            for (long[] row : values) {
                for (int c = 0; c < columns; c++) {
                    double kind = random.nextDouble();
                    row[c] = kind < 0.1 ? 0 : kind < 0.5 ? 1 + random.nextInt(threshold - 1) : threshold + random.nextInt(12);
                }
            }
            String secondary = List.of("columns", "both", "none").get(random.nextInt(3));
            return new Table(values, random.nextBoolean(), random.nextBoolean(), threshold, secondary);
        }

        int parts() {
            return values[0].length;
        }

        /** Count columns as published: the parts, then "all" when there is a total column. */
        int countColumns() {
            return parts() + (totalColumn ? 1 : 0);
        }

        long value(int r, int c) {
            return c < parts() ? values[r][c] : Arrays.stream(values[r]).sum();
        }

        String yaml() {
            StringBuilder y = new StringBuilder("title: Random\nsource: Test\ncolumns:\n  - id: group\n");
            for (int c = 0; c < parts(); c++) y.append("  - {id: p").append(c).append(", type: count}\n");
            if (totalColumn) {
                y.append("  - {id: all, type: count").append(declared ? ", total_of: [" + String.join(", ",
                        java.util.stream.IntStream.range(0, parts()).mapToObj(c -> "p" + c).toList()) + "]" : "").append("}\n");
            }
            y.append("rows:\n");
            for (int r = 0; r < values.length; r++) {
                y.append("  - [Row").append(r);
                for (int c = 0; c < countColumns(); c++) y.append(", ").append(value(r, c));
                y.append("]\n");
            }
            return y.append("suppression: {threshold: ").append(threshold).append(", secondary: ").append(secondary).append("}\n").toString();
        }
    }

    /**
     * The reader: knows each shown count, that a [c] is at least 1, every column total (unless secondary: none), each
     * row's total over its parts (secondary: both) and that "all" adds up the parts. Enumerates every table that fits.
     */
    static final class Reader {
        private final Table table;
        private final Long[][] shown;
        private final List<long[]> hidden = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
        private final long cap;
        private long[] min;
        private long[] max;

        /** Sum of coefficient x cell over cells equals target; cells are hidden-cell numbers or shown constants. */
        record Fact(List<int[]> cells, long target) {
        }

        Reader(Table table, Dataset dataset) {
            this.table = table;
            int rows = table.values().length;
            shown = new Long[rows][table.countColumns()];
            long sum = 0;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < table.countColumns(); c++) {
                    Cell cell = dataset.rows().get(r).cell(c + 1);
                    shown[r][c] = cell.published().map(BigDecimal::longValueExact).orElse(null);
                    if (cell.suppressed()) hidden.add(new long[] {r, c});
                    sum += table.value(r, c);
                }
            }
            cap = sum + table.threshold() + 1;
            addFacts(rows);
        }

        private void addFacts(int rows) {
            if (!table.secondary().equals("none")) {
                for (int c = 0; c < table.countColumns(); c++) {
                    List<int[]> cells = new ArrayList<>();
                    long total = 0;
                    for (int r = 0; r < rows; r++) {
                        cells.add(new int[] {r, c, 1});
                        total += table.value(r, c);
                    }
                    facts.add(new Fact(cells, total));
                }
            }
            for (int r = 0; r < rows; r++) {
                if (table.secondary().equals("both")) {
                    List<int[]> cells = new ArrayList<>();
                    for (int c = 0; c < table.parts(); c++) cells.add(new int[] {r, c, 1});
                    facts.add(new Fact(cells, Arrays.stream(table.values()[r]).sum()));
                }
                if (table.totalColumn()) {
                    List<int[]> cells = new ArrayList<>();
                    for (int c = 0; c < table.parts(); c++) cells.add(new int[] {r, c, 1});
                    cells.add(new int[] {r, table.parts(), -1});
                    facts.add(new Fact(cells, 0));
                }
            }
        }

        String published() {
            return Arrays.deepToString(shown);
        }

        /** A description of a hidden count a reader can pin to fewer values than the threshold, or null. */
        String findPinnedCount() {
            min = new long[hidden.size()];
            max = new long[hidden.size()];
            Arrays.fill(min, Long.MAX_VALUE);
            Arrays.fill(max, Long.MIN_VALUE);
            for (List<Integer> component : components()) {
                search(component, 0, new long[hidden.size()], new boolean[hidden.size()]);
            }
            for (int h = 0; h < hidden.size(); h++) {
                long r = hidden.get(h)[0];
                long c = hidden.get(h)[1];
                if (min[h] > max[h]) return "the true table does not fit what is published (cell " + r + "," + c + ")";
                boolean unbounded = max[h] >= cap;
                if (!unbounded && max[h] - min[h] + 1 < table.threshold()) {
                    return "hidden cell (" + r + ", " + c + ") is between " + min[h] + " and " + max[h];
                }
            }
            return null;
        }

        /** Hidden cells tied together by facts; each group is enumerated on its own (a cell in no fact is alone). */
        private List<List<Integer>> components() {
            int[] group = new int[hidden.size()];
            for (int h = 0; h < group.length; h++) group[h] = h;
            for (Fact fact : facts) {
                int first = -1;
                for (int[] x : fact.cells()) {
                    int h = indexOf(x[0], x[1]);
                    if (h < 0) continue;
                    if (first < 0) first = h;
                    else union(group, first, h);
                }
            }
            java.util.Map<Integer, List<Integer>> byRoot = new java.util.TreeMap<>();
            for (int h = 0; h < group.length; h++) byRoot.computeIfAbsent(root(group, h), k -> new ArrayList<>()).add(h);
            return List.copyOf(byRoot.values());
        }

        private static int root(int[] group, int h) {
            while (group[h] != h) h = group[h];
            return h;
        }

        private static void union(int[] group, int a, int b) {
            group[root(group, a)] = root(group, b);
        }

        /** Depth-first over one group's cells; a cell no fact mentions can be anything from 1 up. */
        private void search(List<Integer> component, int position, long[] assignment, boolean[] assigned) {
            if (position == component.size()) {
                if (!facts.stream().allMatch(f -> mayHold(f, assignment, assigned))) return;
                for (int h : component) {
                    min[h] = Math.min(min[h], assignment[h]);
                    max[h] = Math.max(max[h], assignment[h]);
                }
                return;
            }
            int next = component.get(position);
            if (!isMentioned(next)) {
                min[next] = 1;
                max[next] = cap;
                return;
            }
            Long forced = forcedValue(next, assignment, assigned);
            long from = forced == null ? 1 : forced;
            long to = forced == null ? cap : forced;
            assigned[next] = true;
            for (long v = Math.max(1, from); v <= to; v++) {
                assignment[next] = v;
                if (facts.stream().allMatch(f -> mayHold(f, assignment, assigned))) {
                    search(component, position + 1, assignment, assigned);
                } else if (exceedsPositiveFact(next, assignment, assigned)) {
                    break;
                }
            }
            assigned[next] = false;
        }

        /** The value a fact leaves for this cell when every other cell in it is known; null when none does. */
        private Long forcedValue(int next, long[] assignment, boolean[] assigned) {
            long[] cell = hidden.get(next);
            for (Fact fact : facts) {
                long sum = 0;
                int coefficient = 0;
                boolean onlyThisLeft = true;
                for (int[] x : fact.cells()) {
                    int h = indexOf(x[0], x[1]);
                    if (x[0] == cell[0] && x[1] == cell[1]) coefficient = x[2];
                    else if (h < 0) sum += x[2] * shown[x[0]][x[1]];
                    else if (assigned[h]) sum += x[2] * assignment[h];
                    else onlyThisLeft = false;
                }
                if (coefficient != 0 && onlyThisLeft) return (fact.target() - sum) / coefficient;
            }
            return null;
        }

        private boolean isMentioned(int h) {
            long[] cell = hidden.get(h);
            return facts.stream().anyMatch(f -> f.cells().stream().anyMatch(x -> x[0] == cell[0] && x[1] == cell[1]));
        }

        /**
         * Whether the fact can still hold: every unassigned cell is at least 1 and has no top, so with only positive
         * unassigned terms the known part may not already be over the target, and with only negative ones not under.
         */
        private boolean mayHold(Fact fact, long[] assignment, boolean[] assigned) {
            long known = 0;
            int positive = 0;
            int negative = 0;
            for (int[] x : fact.cells()) {
                int h = indexOf(x[0], x[1]);
                if (h < 0) known += x[2] * shown[x[0]][x[1]];
                else if (assigned[h]) known += x[2] * assignment[h];
                else if (x[2] > 0) positive += x[2];
                else negative -= x[2];
            }
            if (positive == 0 && negative == 0) return known == fact.target();
            if (negative == 0) return known + positive <= fact.target();
            if (positive == 0) return known - negative >= fact.target();
            return true;
        }

        /** Larger values of this cell cannot help: a fact with it as a positive term and no negative one left is over. */
        private boolean exceedsPositiveFact(int cellIndex, long[] assignment, boolean[] assigned) {
            long[] cell = hidden.get(cellIndex);
            for (Fact fact : facts) {
                boolean positiveHere = fact.cells().stream().anyMatch(x -> x[0] == cell[0] && x[1] == cell[1] && x[2] > 0);
                boolean noNegativeLeft = fact.cells().stream().noneMatch(x -> x[2] < 0 && indexOf(x[0], x[1]) >= 0 && !assigned[indexOf(x[0], x[1])]);
                if (positiveHere && noNegativeLeft && !mayHold(fact, assignment, assigned)) return true;
            }
            return false;
        }

        private int indexOf(int r, int c) {
            for (int h = 0; h < hidden.size(); h++) if (hidden.get(h)[0] == r && hidden.get(h)[1] == c) return h;
            return -1;
        }
    }
}
