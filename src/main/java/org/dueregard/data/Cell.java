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
 * @param suppressed hidden by this site's suppression rule (shown as [c])
 * @param state  how the source gave the value: a number, or one of the Government Statistical Service symbols
 * @param bound  for {@link State#BELOW}: the value is under this bound ("<5" gives 5)
 */
public record Cell(String text, Optional<BigDecimal> number, boolean suppressed, State state, Optional<BigDecimal> bound) {

    /**
     * How the source published a value. Tables arrive already suppressed ("Under 5%", "[c]", "*"); each state is
     * shown the same way everywhere (table, CSV, chart, alt text, summary, quotes), never as a blank or a zero.
     */
    public enum State {
        /** A value (or, in a category column, text). */
        VALUE("", ""),
        /** [c] confidential: the source hid it so no one can be identified. */
        CONFIDENTIAL("[c]", "confidential: the source did not publish this figure so that no one can be identified"),
        /** [x] not available (also ~ in a dataset). */
        NOT_AVAILABLE("[x]", "not available"),
        /** [z] not applicable. */
        NOT_APPLICABLE("[z]", "not applicable"),
        /** [low] a low figure the source did not publish exactly. */
        LOW("[low]", "a low figure that the source did not publish exactly"),
        /** Under a stated bound, such as "<5" or "Under 5%". */
        BELOW("<", "under the figure shown; the source did not publish the exact figure");

        private final String symbol;
        private final String meaning;

        State(String symbol, String meaning) {
            this.symbol = symbol;
            this.meaning = meaning;
        }

        /** The symbol as the Government Statistical Service writes it ("[c]"); for BELOW, "<". */
        public String symbol() {
            return symbol;
        }

        /** What the symbol means, for the note under a table or chart. */
        public String meaning() {
            return meaning;
        }

        /** Whether the cell stands for a real value that is not shown (not "there is no value"). */
        public boolean hidesAValue() {
            return this == CONFIDENTIAL || this == LOW || this == BELOW;
        }
    }

    public Cell(String text, Optional<BigDecimal> number, boolean suppressed) {
        this(text, number, suppressed, State.VALUE, Optional.empty());
    }

    public static Cell category(String text) {
        return new Cell(text, Optional.empty(), false);
    }

    public static Cell number(BigDecimal value) {
        return new Cell("", Optional.of(value), false);
    }

    public static Cell missing() {
        return new Cell("", Optional.empty(), false, State.NOT_AVAILABLE, Optional.empty());
    }

    /** A value the source published as a symbol, or under a bound. */
    public static Cell marked(State state, Optional<BigDecimal> bound) {
        return new Cell("", Optional.empty(), false, state, bound);
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
        return new Cell(text, number, true, state, bound);
    }

    /** The number, unless it is suppressed or missing. Everything that renders a value goes through here. */
    public Optional<BigDecimal> published() {
        return suppressed ? Optional.empty() : number;
    }

    /** Hidden here or by the source: a real value exists, but readers may not see it. */
    public boolean isHidden() {
        return suppressed || state.hidesAValue();
    }

    /** Shown as a symbol rather than a number: hidden, missing or not applicable. */
    public boolean isMarked() {
        return suppressed || state != State.VALUE || (number.isEmpty() && text.isEmpty());
    }
}
