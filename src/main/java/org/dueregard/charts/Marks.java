package org.dueregard.charts;

import org.dueregard.data.Cell;
import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.Row;
import org.dueregard.data.SuppressionRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a value that is not shown appears, the same in the table, the CSV, the chart and the words: the Government
 * Statistical Service symbol ([c], [x], [z], [low]) or the bound ("<5%"), and one note for each symbol used.
 */
public final class Marks {

    private Marks() {
    }

    /** The symbol shown instead of the value, or empty when the value itself is shown. */
    public static Optional<String> of(Column column, Cell cell) {
        if (cell.suppressed() && cell.state() != Cell.State.BELOW) return Optional.of(SuppressionRule.MARKER);
        if (cell.findNote().isPresent()) return cell.findNote(); // "no employees in this quarter"
        return switch (cell.state()) {
            case VALUE -> cell.number().isPresent() ? Optional.empty() : Optional.of(Cell.State.NOT_AVAILABLE.symbol());
            case BELOW -> Optional.of("<" + bound(column, cell.bound().orElse(BigDecimal.ZERO)));
            default -> Optional.of(cell.state().symbol());
        };
    }

    /** A bound in words, as a sentence says it: "under 5%", "fewer than 10", "under £5.00". */
    public static String inWords(Column column, Cell cell) {
        String bound = bound(column, cell.bound().orElse(BigDecimal.ZERO));
        return (column.type() == Column.Type.COUNT ? "fewer than " : "under ") + bound;
    }

    static String bound(Column column, BigDecimal bound) {
        return switch (column.type()) {
            case PERCENT -> bound.stripTrailingZeros().toPlainString() + "%";
            case CURRENCY -> Format.number(Column.Type.CURRENCY, bound);
            default -> Format.grouped(bound, Math.max(0, bound.stripTrailingZeros().scale()));
        };
    }

    /** One note for each symbol used in these rows and columns, in a fixed order: "[c]: ...". */
    public static List<String> notes(Dataset dataset, List<Row> rows, List<Integer> columns) {
        Map<String, String> notes = new LinkedHashMap<>();
        boolean ours = false;
        boolean sources = false;
        for (Row row : rows) {
            for (int c : columns) {
                Cell cell = row.cell(c);
                Column column = dataset.columns().get(c);
                if (!column.type().isNumber()) continue;
                if (cell.suppressed() && cell.state() != Cell.State.BELOW) ours = true;
                else if (cell.state() == Cell.State.CONFIDENTIAL) sources = true;
                else if (cell.state() == Cell.State.BELOW) {
                    String symbol = of(column, cell).orElseThrow();
                    notes.putIfAbsent(symbol, symbol + " means " + inWords(column, cell) + "; the exact figure is not published.");
                } else if (cell.isMarked() && cell.state() != Cell.State.VALUE) {
                    notes.putIfAbsent(cell.state().symbol(), cell.state().symbol() + ": " + cell.state().meaning() + ".");
                } else if (cell.isMarked()) {
                    notes.putIfAbsent("[x]", "[x]: " + Cell.State.NOT_AVAILABLE.meaning() + ".");
                }
            }
        }
        List<String> out = new ArrayList<>();
        if (ours && sources) {
            out.add(SuppressionRule.MARKER + ": " + dataset.suppression().explanation() + " Figures the source did not publish are shown as "
                    + SuppressionRule.MARKER + " too.");
        } else if (ours) {
            out.add(SuppressionRule.MARKER + ": " + dataset.suppression().explanation());
        } else if (sources) {
            out.add(SuppressionRule.MARKER + ": " + Cell.State.CONFIDENTIAL.meaning() + ".");
        }
        notes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.add(e.getValue()));
        return out;
    }

    /** How many values in these rows and series are not shown, and whether any of them is hidden (rather than missing). */
    public static int countMarked(Dataset dataset, List<Row> rows, List<Integer> columns) {
        int n = 0;
        for (Row row : rows) for (int c : columns) if (row.cell(c).isMarked()) n++;
        return n;
    }
}
