package org.dueregard.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a reader knows about a table's counts: each count's own range ({@link CellVariable}) and every published fact
 * that ties counts together ({@link LinearConstraint}). The interval audit asks, for each hidden count, how small and
 * how large it could be given all of this. To add knowledge (a source's "<5", a percentage with a base), add a
 * variable's range or a constraint; the audit does not change.
 */
public record DisclosureModel(List<CellVariable> variables, List<LinearConstraint> constraints, List<List<LinearConstraint>> byVariable) {

    public DisclosureModel(List<CellVariable> variables, List<LinearConstraint> constraints) {
        this(variables, constraints, index(variables.size(), constraints));
    }

    /** For each variable, the constraints that mention it: asked for once a variable per solve, so worked out once. */
    private static List<List<LinearConstraint>> index(int count, List<LinearConstraint> constraints) {
        List<List<LinearConstraint>> index = new ArrayList<>(count);
        for (int v = 0; v < count; v++) index.add(new ArrayList<>());
        for (LinearConstraint constraint : constraints) {
            for (int v : constraint.terms().keySet()) if (v >= 0 && v < count) index.get(v).add(constraint);
        }
        return index;
    }

    public List<Integer> hiddenVariables() {
        List<Integer> hidden = new ArrayList<>();
        for (int v = 0; v < variables.size(); v++) if (variables.get(v).hidden()) hidden.add(v);
        return hidden;
    }

    /** The constraints that mention this variable. */
    public List<LinearConstraint> constraintsOf(int variable) {
        return java.util.Collections.unmodifiableList(byVariable.get(variable));
    }

    /**
     * The variables tied to this one through constraints, directly or through other variables whose value the reader
     * does not know exactly. Known values are constants and do not connect: each hidden count is audited over its
     * own small problem.
     */
    public Set<Integer> componentOf(int variable) {
        Set<Integer> component = new TreeSet<>(List.of(variable));
        List<Integer> queue = new ArrayList<>(List.of(variable));
        while (!queue.isEmpty()) {
            int next = queue.remove(queue.size() - 1);
            for (LinearConstraint constraint : constraintsOf(next)) {
                for (int other : constraint.terms().keySet()) {
                    if (isKnownExactly(other) || !component.add(other)) continue;
                    queue.add(other);
                }
            }
        }
        return component;
    }

    public boolean isKnownExactly(int variable) {
        CellVariable v = variables.get(variable);
        return v.upper().isPresent() && v.upper().getAsLong() == v.lower();
    }

    /**
     * The shown count to hide next so that this hidden one is no longer pinned down: among the shown, non-zero
     * counts in the facts that mention it, the smallest (least is lost); ties go to the earliest cell, so the result
     * is the same on every build. Empty when there is none: the dataset must then change.
     */
    public Optional<CellVariable> findCellToHide(int narrowVariable) {
        return constraintsOf(narrowVariable).stream()
                .flatMap(c -> c.terms().keySet().stream())
                .distinct()
                .map(variables::get)
                .filter(v -> !v.hidden() && v.value() > 0)
                .min(Comparator.comparingLong(CellVariable::value).thenComparingInt(CellVariable::row).thenComparingInt(CellVariable::column));
    }
}
