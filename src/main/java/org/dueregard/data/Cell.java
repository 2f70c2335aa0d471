package org.dueregard.data;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One value of a dataset. A suppressed cell keeps its number only inside the build, to work out secondary
 * suppression; {@link #published()} is what may leave the build.
 *
 * @param text   the category text, for category columns; for a number column without a number, a note that says
 *               why, shown in its place ("no employees in this quarter")
 * @param number the value, for number columns; empty when the source had no value
 */
public record Cell(String text, Optional<BigDecimal> number, boolean suppressed) {

    public static Cell category(String text) {
        return new Cell(text, Optional.empty(), false);
    }

    public static Cell number(BigDecimal value) {
        return new Cell("", Optional.of(value), false);
    }

    public static Cell missing() {
        return new Cell("", Optional.empty(), false);
    }

    /** No number, for a stated reason that is shown instead of it (not "not available", not 0). */
    public static Cell note(String reason) {
        return new Cell(reason, Optional.empty(), false);
    }

    /** The note shown in place of a number; empty when there is none. */
    public Optional<String> findNote() {
        return number.isEmpty() && !suppressed && !text.isEmpty() ? Optional.of(text) : Optional.empty();
    }

    public Cell suppress() {
        return new Cell(text, number, true);
    }

    /** The number, unless it is suppressed or missing. Everything that renders a value goes through here. */
    public Optional<BigDecimal> published() {
        return suppressed ? Optional.empty() : number;
    }
}
