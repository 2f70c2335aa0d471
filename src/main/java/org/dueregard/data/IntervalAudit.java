package org.dueregard.data;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The check statistical offices use on a suppressed table: for each hidden count, the smallest and the largest whole
 * number it could be, given everything a reader knows ({@link DisclosureModel}). Each is an integer linear programme
 * over the counts tied to that one (whole numbers matter: two hidden counts of at least 1 adding up to 2 are both 1).
 * A hidden count is protected when its range holds at least as many whole numbers as the threshold: 1 to 10, or 0 to
 * 9, for a threshold of 10; a reader cannot even tell it is small.
 */
public final class IntervalAudit {

    /** A range: lower and upper inclusive; upper is {@link Long#MAX_VALUE} when nothing published caps it. */
    public record Interval(long lower, long upper) {

        public long width() {
            return upper == Long.MAX_VALUE ? Long.MAX_VALUE : upper - lower + 1;
        }
    }

    static {
        // ojAlgo prints a notice about its hardware profiles to standard output when it first loads, unless told not
        // to; that would land in the middle of the build's own messages.
        System.setProperty("shut.up.ojAlgo", "true");
    }

    /** Solver answers are in floating point; a value this close to a whole number is that number. */
    private static final double TOLERANCE = 1e-6;

    private IntervalAudit() {
    }

    /** The first hidden count (in table order) that a reader can pin to fewer values than the threshold. */
    public static Optional<Integer> findNarrow(DisclosureModel model, int threshold) {
        return findNarrow(model, threshold, new java.util.HashSet<>());
    }

    /**
     * As {@link #findNarrow(DisclosureModel, int)}, skipping the cells in {@code safe} ("row:column") and adding those
     * it finds safe. Hiding more cells only widens what a reader can know nothing about (a hidden count may still take
     * its true value), so a cell once safe stays safe while the suppressor hides more: each round solves only the cells
     * not yet proven, and the whole audit does about one pair of solves a hidden cell, not one a cell a round.
     */
    public static Optional<Integer> findNarrow(DisclosureModel model, int threshold, Set<String> safe) {
        // Every solution the solver finds is a table a reader cannot rule out; the values a cell takes across them are
        // values it can have. Once those span the threshold the cell is safe, with no solve of its own.
        // The published table itself is one of them: each count's true value is a value it can have.
        Map<Integer, long[]> seen = new HashMap<>();
        for (int v : model.hiddenVariables()) {
            long truth = model.variables().get(v).value();
            seen.put(v, new long[] {truth, truth});
        }
        for (int v : model.hiddenVariables()) {
            CellVariable cell = model.variables().get(v);
            String key = cell.row() + ":" + cell.column();
            if (safe.contains(key) || spans(seen, v, threshold)) {
                safe.add(key);
                continue;
            }
            if (model.constraintsOf(v).isEmpty()) {
                if (new Interval(cell.lower(), cell.upper().orElse(Long.MAX_VALUE)).width() < threshold) return Optional.of(v);
                safe.add(key);
                continue;
            }
            Set<Integer> component = model.componentOf(v);
            long upper = solve(model, component, v, true, seen);
            if (spans(seen, v, threshold) || upper == Long.MAX_VALUE) {
                safe.add(key);
                continue;
            }
            long lower = solve(model, component, v, false, seen);
            if (new Interval(lower, upper).width() < threshold) return Optional.of(v);
            safe.add(key);
        }
        return Optional.empty();
    }

    private static boolean spans(Map<Integer, long[]> seen, int v, int threshold) {
        long[] spread = seen.get(v);
        return spread != null && spread[1] - spread[0] + 1 >= threshold;
    }

    /** Every hidden count's range, by variable number. */
    public static Map<Integer, Interval> intervals(DisclosureModel model) {
        Map<Integer, Interval> intervals = new java.util.TreeMap<>();
        for (int v : model.hiddenVariables()) intervals.put(v, intervalOf(model, v));
        return intervals;
    }

    public static Interval intervalOf(DisclosureModel model, int variable) {
        return intervalOf(model, variable, new HashMap<>());
    }

    /** @param seen the least and greatest value each variable took in a solution so far; solutions found here are added */
    private static Interval intervalOf(DisclosureModel model, int variable, Map<Integer, long[]> seen) {
        CellVariable cell = model.variables().get(variable);
        if (model.constraintsOf(variable).isEmpty()) return new Interval(cell.lower(), cell.upper().orElse(Long.MAX_VALUE));
        Set<Integer> component = model.componentOf(variable);
        long lower = solve(model, component, variable, false, seen);
        long upper = solve(model, component, variable, true, seen);
        return new Interval(lower, upper);
    }

    /**
     * Minimises or maximises one variable over its component. Counts the reader knows exactly are constants. A
     * result the solver could not prove optimal is still a value the count can take, so the range it gives is never
     * wider than the truth: the audit errs towards hiding more. An impossible model (which a correct one never is)
     * pins the count to its true value, for the same reason. A count that reaches the cap has no top.
     * <p>
     * The linear relaxation is tried first: tables of counts and their totals make matrices whose optimal corners are
     * whole numbers, and a relaxed optimum that is whole in every count is an optimum of the integer programme too (it
     * is a whole-number solution, and none can do better than the relaxation). Only otherwise is the slower integer
     * programme solved.
     */
    private static long solve(DisclosureModel model, Set<Integer> component, int target, boolean maximise, Map<Integer, long[]> seen) {
        long cap = capOf(model);
        long truth = model.variables().get(target).value();
        Solved relaxed = solveOnce(model, component, target, maximise, false, cap);
        Solved solved = relaxed.whole() ? relaxed : solveOnce(model, component, target, maximise, true, cap);
        if (!solved.result().getState().isFeasible()) return truth;
        if (solved.result().getState().isOptimal()) remember(solved.solver(), solved.result(), solved.variables(), seen, cap);
        double value = solved.result().getValue();
        if (maximise && value >= cap - 1) return Long.MAX_VALUE;
        return maximise ? (long) Math.floor(value + TOLERANCE) : (long) Math.ceil(value - TOLERANCE);
    }

    private record Solved(ExpressionsBasedModel solver, Optimisation.Result result, Map<Integer, Variable> variables, boolean whole) {
    }

    private static Solved solveOnce(DisclosureModel model, Set<Integer> component, int target, boolean maximise, boolean integer, long cap) {
        ExpressionsBasedModel solver = new ExpressionsBasedModel();
        Map<Integer, Variable> variables = new HashMap<>();
        for (int v : component) {
            CellVariable cell = model.variables().get(v);
            Variable variable = solver.addVariable("v" + v).integer(integer).lower(cell.lower()).upper(cell.upper().orElse(cap));
            variables.put(v, variable);
        }
        variables.get(target).weight(1);
        int n = 0;
        for (LinearConstraint constraint : constraintsOver(model, component)) {
            addConstraint(solver, "c" + n++, constraint, model, variables);
        }
        Optimisation.Result result = maximise ? solver.maximise() : solver.minimise();
        boolean whole = integer || (result.getState().isOptimal() && allWhole(result));
        return new Solved(solver, result, variables, whole);
    }

    private static boolean allWhole(Optimisation.Result result) {
        for (long i = 0; i < result.count(); i++) {
            double v = result.doubleValue(i);
            if (Math.abs(v - Math.rint(v)) > TOLERANCE) return false;
        }
        return true;
    }

    /** Notes each variable's value in a solution (whole numbers only: a solution off the grid proves nothing). */
    private static void remember(ExpressionsBasedModel solver, Optimisation.Result result, Map<Integer, Variable> variables,
                                 Map<Integer, long[]> seen, long cap) {
        for (Map.Entry<Integer, Variable> entry : variables.entrySet()) {
            int index = solver.indexOf(entry.getValue());
            if (index < 0 || index >= result.count()) continue;
            double v = result.doubleValue(index);
            long whole = Math.round(v);
            if (Math.abs(v - whole) > TOLERANCE || whole >= cap - 1) continue;
            seen.merge(entry.getKey(), new long[] {whole, whole}, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
    }

    /**
     * A top for counts nothing published caps, far above anything in the table (a solver needs a bounded problem);
     * a count that can reach it has no top as far as the reader knows.
     */
    private static long capOf(DisclosureModel model) {
        long total = 0;
        for (CellVariable v : model.variables()) total += Math.max(0, v.value());
        return 4 * total + 1000;
    }

    private static List<LinearConstraint> constraintsOver(DisclosureModel model, Set<Integer> component) {
        java.util.Set<LinearConstraint> over = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<LinearConstraint> ordered = new ArrayList<>();
        for (int v : component) {
            for (LinearConstraint constraint : model.constraintsOf(v)) if (over.add(constraint)) ordered.add(constraint);
        }
        // The same order every time, so the solver takes the same path and the build gives the same bytes.
        ordered.sort(java.util.Comparator.comparingInt(model.constraints()::indexOf));
        return ordered;
    }

    /** Terms over variables outside the component are known exactly: they move to the bounds as constants. */
    private static void addConstraint(ExpressionsBasedModel solver, String name, LinearConstraint constraint, DisclosureModel model,
                                      Map<Integer, Variable> variables) {
        Expression expression = solver.addExpression(name);
        BigDecimal constant = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> term : constraint.terms().entrySet()) {
            Variable variable = variables.get(term.getKey());
            if (variable != null) {
                // Plain doubles: the solver works in floating point anyway, and BigDecimal arithmetic in its presolve
                // was most of the audit's time.
                expression.set(variable, term.getValue().doubleValue());
            } else {
                constant = constant.add(term.getValue().multiply(BigDecimal.valueOf(model.variables().get(term.getKey()).lower())));
            }
        }
        final BigDecimal shift = constant;
        constraint.lower().ifPresent(l -> expression.lower(l.subtract(shift).doubleValue()));
        constraint.upper().ifPresent(u -> expression.upper(u.subtract(shift).doubleValue()));
    }
}
