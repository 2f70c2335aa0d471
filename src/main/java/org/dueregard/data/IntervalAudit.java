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
        for (int v : model.hiddenVariables()) {
            if (intervalOf(model, v).width() < threshold) return Optional.of(v);
        }
        return Optional.empty();
    }

    /** Every hidden count's range, by variable number. */
    public static Map<Integer, Interval> intervals(DisclosureModel model) {
        Map<Integer, Interval> intervals = new java.util.TreeMap<>();
        for (int v : model.hiddenVariables()) intervals.put(v, intervalOf(model, v));
        return intervals;
    }

    public static Interval intervalOf(DisclosureModel model, int variable) {
        CellVariable cell = model.variables().get(variable);
        if (model.constraintsOf(variable).isEmpty()) return new Interval(cell.lower(), cell.upper().orElse(Long.MAX_VALUE));
        Set<Integer> component = model.componentOf(variable);
        long lower = solve(model, component, variable, false);
        long upper = solve(model, component, variable, true);
        return new Interval(lower, upper);
    }

    /**
     * Minimises or maximises one variable over its component. Counts the reader knows exactly are constants. A
     * result the solver could not prove optimal is still a value the count can take, so the range it gives is never
     * wider than the truth: the audit errs towards hiding more. An impossible model (which a correct one never is)
     * pins the count to its true value, for the same reason. A count that reaches the cap has no top.
     */
    private static long solve(DisclosureModel model, Set<Integer> component, int target, boolean maximise) {
        ExpressionsBasedModel solver = new ExpressionsBasedModel();
        Map<Integer, Variable> variables = new HashMap<>();
        long cap = capOf(model);
        for (int v : component) {
            CellVariable cell = model.variables().get(v);
            Variable variable = solver.addVariable("v" + v).integer(true).lower(cell.lower()).upper(cell.upper().orElse(cap));
            variables.put(v, variable);
        }
        variables.get(target).weight(1);
        int n = 0;
        for (LinearConstraint constraint : constraintsOver(model, component)) {
            addConstraint(solver, "c" + n++, constraint, model, variables);
        }
        Optimisation.Result result = maximise ? solver.maximise() : solver.minimise();
        long truth = model.variables().get(target).value();
        if (!result.getState().isFeasible()) return truth;
        double value = result.getValue();
        if (maximise && value >= cap - 1) return Long.MAX_VALUE;
        return maximise ? (long) Math.floor(value + TOLERANCE) : (long) Math.ceil(value - TOLERANCE);
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
        List<LinearConstraint> over = new ArrayList<>();
        for (LinearConstraint constraint : model.constraints()) {
            if (constraint.terms().keySet().stream().anyMatch(component::contains)) over.add(constraint);
        }
        return over;
    }

    /** Terms over variables outside the component are known exactly: they move to the bounds as constants. */
    private static void addConstraint(ExpressionsBasedModel solver, String name, LinearConstraint constraint, DisclosureModel model,
                                      Map<Integer, Variable> variables) {
        Expression expression = solver.addExpression(name);
        BigDecimal constant = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> term : constraint.terms().entrySet()) {
            Variable variable = variables.get(term.getKey());
            if (variable != null) {
                expression.set(variable, term.getValue());
            } else {
                constant = constant.add(term.getValue().multiply(BigDecimal.valueOf(model.variables().get(term.getKey()).lower())));
            }
        }
        final BigDecimal shift = constant;
        constraint.lower().ifPresent(l -> expression.lower(l.subtract(shift)));
        constraint.upper().ifPresent(u -> expression.upper(u.subtract(shift)));
    }
}
