package org.dueregard.data;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ways published tables mark a value they do not give: the Government Statistical Service symbols ([c],
 * [x], [z], [low]), a bound ("<5", "Under 5%", "fewer than 10"), NHS England's "*" and ONS's "..".
 */
final class CellSymbols {

    private static final Pattern BOUND = Pattern.compile(
            "(?:<|under|less than|fewer than|below)\\s*£?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:%|per ?cent)?");

    private CellSymbols() {
    }

    /** The cell a symbol stands for, or empty when the text is not one. */
    static Optional<Cell> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Cell.State state = switch (t) {
            case "[c]", "c", "*" -> Cell.State.CONFIDENTIAL;
            case "[x]", "x", ".." -> Cell.State.NOT_AVAILABLE;
            case "[z]", "z" -> Cell.State.NOT_APPLICABLE;
            case "[low]", "low" -> Cell.State.LOW;
            default -> null;
        };
        if (state != null) return Optional.of(Cell.marked(state, Optional.empty()));
        Matcher bound = BOUND.matcher(t);
        if (bound.matches()) {
            BigDecimal value = new BigDecimal(bound.group(1));
            if (value.signum() > 0) return Optional.of(Cell.marked(Cell.State.BELOW, Optional.of(value)));
        }
        return Optional.empty();
    }

    /** Whether a text is an ambiguous "not there" mark that should be one of the GSS symbols instead. */
    static boolean isAmbiguous(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("n/a") || t.equals("na") || t.equals("-") || t.equals("–") || t.equals("none");
    }
}
