package org.dueregard.content;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decisions about a Markdown table made from its cells, shared by both renderers: which columns hold numbers (they
 * are right-aligned), whether column 1 names the rows (its cells become row headers), and each cell's tag, scope and
 * class.
 */
record TableLayout(boolean[] numericColumns, boolean rowHeaders) {

    private static final Pattern NUMBER = Pattern.compile(
            "[-+\u2212]?[£$€]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*(%|pp|p)?");
    private static final Set<String> NO_VALUE = Set.of("", "*", "-", "\u2013", "\u2014", "n/a", "..", "x");

    /** How one cell is written: {@code <tag scope="..." class="...">}, either attribute absent when null. */
    record CellTag(String tag, String scope, String cssClass) {
    }

    static TableLayout of(TableBlock block) {
        List<List<String>> rows = new ArrayList<>();
        TableBody body = findChild(block, TableBody.class);
        if (body != null) {
            for (Node row : body.getChildren()) {
                List<String> cells = new ArrayList<>();
                for (Node cell : row.getChildren()) {
                    if (cell instanceof TableCell tableCell) cells.add(PlainText.of(tableCell.getText()).strip());
                }
                rows.add(cells);
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        boolean[] numeric = new boolean[columns];
        for (int column = 0; column < columns; column++) {
            boolean anyNumber = false;
            boolean allNumbers = true;
            for (List<String> row : rows) {
                String text = column < row.size() ? row.get(column).replace("**", "") : "";
                if (NO_VALUE.contains(text.toLowerCase(Locale.ROOT))) continue;
                if (NUMBER.matcher(text).matches()) anyNumber = true;
                else allNumbers = false;
            }
            numeric[column] = anyNumber && allNumbers;
        }
        boolean rowHeaders = columns > 1 && !numeric[0];
        return new TableLayout(numeric, rowHeaders);
    }

    /** The tag of a cell: header cells in the head row (an empty one is a data cell), row headers in column 1. */
    CellTag tagOf(TableCell cell) {
        int column = columnOf(cell);
        boolean inHead = cell.getParent() != null && cell.getParent().getParent() instanceof TableHead;
        boolean numeric = column < numericColumns.length && numericColumns[column];
        String tag;
        String scope = null;
        if (inHead) {
            boolean empty = cell.getText().isBlank();
            tag = empty ? "td" : "th";
            if (!empty) scope = "col";
        } else if (column == 0 && rowHeaders) {
            tag = "th";
            scope = "row";
        } else {
            tag = "td";
        }
        String alignment = numeric && column > 0 ? "numeric" : alignmentClass(cell.getAlignment());
        return new CellTag(tag, scope, alignment);
    }

    private static String alignmentClass(TableCell.Alignment alignment) {
        if (alignment == null) return null;
        return switch (alignment) {
            case LEFT -> null;
            case CENTER -> "centre";
            case RIGHT -> "numeric";
        };
    }

    private static int columnOf(TableCell cell) {
        int column = 0;
        for (Node previous = cell.getPrevious(); previous != null; previous = previous.getPrevious()) {
            if (previous instanceof TableCell) column++;
        }
        return column;
    }

    static <T extends Node> T findChild(Node parent, Class<T> type) {
        for (Node child : parent.getChildren()) {
            if (type.isInstance(child)) return type.cast(child);
        }
        return null;
    }
}
