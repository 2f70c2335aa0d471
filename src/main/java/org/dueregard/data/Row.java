package org.dueregard.data;

import java.util.List;

/** One row of a dataset, with the line it was written on. */
public record Row(List<Cell> cells, int line) {

    public Cell cell(int column) {
        return cells.get(column);
    }

    /** The row's label: the text of its first category column. */
    public String label() {
        return cells.isEmpty() ? "" : cells.get(0).text();
    }
}
