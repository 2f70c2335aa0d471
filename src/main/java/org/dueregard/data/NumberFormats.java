package org.dueregard.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a spreadsheet cell's number format says about its value: a date, or a percentage stored as a fraction (a cell
 * showing 12% holds 0.12). Formats are Excel's codes, such as {@code 0.0%}, {@code d mmm yyyy} or {@code £#,##0.00}.
 */
final class NumberFormats {

    /** Excel's built-in date and time formats, which a workbook names by number only. */
    private static final int FIRST_DATE_FORMAT = 14;
    private static final int LAST_DATE_FORMAT = 22;

    private NumberFormats() {
    }

    /** Whether the format shows a date or a time. */
    static boolean isDate(Integer formatId, String format) {
        if (formatId != null && (formatId >= FIRST_DATE_FORMAT && formatId <= LAST_DATE_FORMAT || formatId >= 45 && formatId <= 47)) return true;
        String codes = codesOf(format).toLowerCase(Locale.ROOT);
        return codes.indexOf('d') >= 0 || codes.indexOf('y') >= 0 || codes.indexOf('m') >= 0 || codes.indexOf('h') >= 0
                || codes.indexOf('s') >= 0;
    }

    /** Whether the format multiplies the value by 100 and shows a % sign. */
    static boolean isPercent(String format) {
        return codesOf(format).indexOf('%') >= 0;
    }

    /**
     * How many decimal places the format shows ("0.0%" one, "#,##0" none); empty for General and for formats that do
     * not show a plain decimal (scientific, fractions, dates).
     */
    static java.util.OptionalInt decimals(String format) {
        String section = format == null ? "" : format.split(";", -1)[0];
        String codes = codesOf(section);
        if (codes.isEmpty() || codes.chars().anyMatch(c -> "eE/dmyhs".indexOf(c) >= 0) || codes.chars().noneMatch(c -> "0#?".indexOf(c) >= 0)) {
            return java.util.OptionalInt.empty();
        }
        int point = codes.indexOf('.');
        if (point < 0) return java.util.OptionalInt.of(0);
        int places = 0;
        for (int i = point + 1; i < codes.length() && "0#?".indexOf(codes.charAt(i)) >= 0; i++) places++;
        return java.util.OptionalInt.of(places);
    }

    /** A date in words as the site writes dates ("31 March 2025"), or less when the format shows less ("March 2025"). */
    static String dateText(LocalDateTime date, String format) {
        String codes = codesOf(format).toLowerCase(Locale.ROOT);
        String pattern = codes.indexOf('d') >= 0 ? "d MMMM yyyy"
                : codes.indexOf('m') >= 0 && codes.indexOf('y') >= 0 ? "MMMM yyyy"
                : codes.indexOf('y') >= 0 ? "yyyy"
                : codes.indexOf('h') >= 0 || codes.indexOf('s') >= 0 ? "HH:mm"
                : "d MMMM yyyy";
        return date.format(DateTimeFormatter.ofPattern(pattern, Locale.UK));
    }

    /**
     * A number as plain decimal text: binary noise from a formula (0.30000000000000004) rounded away at 10 decimal
     * places, trailing zeros dropped.
     */
    static String plain(BigDecimal value) {
        BigDecimal tidy = value.scale() > 10 ? value.setScale(10, RoundingMode.HALF_UP) : value;
        tidy = tidy.stripTrailingZeros();
        return (tidy.scale() < 0 ? tidy.setScale(0) : tidy).toPlainString();
    }

    /**
     * The format's codes without what it shows as it is: text in quotes, characters after a backslash, and the
     * characters after _ (a space as wide as it) and * (repeated to fill), and [colours] and [$£-809] locales.
     */
    static String codesOf(String format) {
        if (format == null || format.equalsIgnoreCase("General") || format.equals("@")) return "";
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                int close = format.indexOf('"', i + 1);
                i = close < 0 ? format.length() : close;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int close = format.indexOf(']', i + 1);
                String inside = close < 0 ? "" : format.substring(i + 1, close).toLowerCase(Locale.ROOT);
                if (inside.matches("h+|m+|s+")) codes.append(inside); // elapsed time, such as [h]:mm
                i = close < 0 ? format.length() : close;
            } else {
                codes.append(c);
            }
        }
        return codes.toString();
    }
}
