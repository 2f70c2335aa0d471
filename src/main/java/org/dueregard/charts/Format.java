package org.dueregard.charts;

import org.dueregard.data.Column;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as UK readers expect them: 1,234; 19.5%; £38.72. */
public final class Format {

    private Format() {
    }

    /** A value of a column as a sentence says it: rounded once here, to the column's display decimals. */
    public static String value(Column column, BigDecimal value) {
        if (column.type() == Column.Type.POINTS) {
            String number = cell(column, value);
            return number + " percentage point" + (new BigDecimal(number.replace(",", "")).abs().compareTo(BigDecimal.ONE) == 0 ? "" : "s");
        }
        return cell(column, value);
    }

    /**
     * A difference in a sentence says its direction in words, so the sentence can never contradict its sign: "3.7
     * percentage points higher", "7.3 percentage points lower", "no different".
     */
    public static String difference(Column column, BigDecimal value) {
        String number = cell(column, value.abs()).replaceAll("[^0-9.]", ""); // "12.5%" and "£1.22" are numbers too
        if (new BigDecimal(number).signum() == 0) return "no different";
        return value(column, value.abs()) + (value.signum() > 0 ? " higher" : " lower");
    }

    /** A value of a column as a table cell or chart label shows it: percentage points as a number, the unit in the heading. */
    public static String cell(Column column, BigDecimal value) {
        int decimals = column.displayDecimals();
        if (decimals < 0) return column.type() == Column.Type.POINTS ? grouped(value, Math.max(1, value.stripTrailingZeros().scale()))
                : number(column.type(), value);
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        return switch (column.type()) {
            case PERCENT -> grouped(rounded, decimals) + "%";
            case POINTS, RATE -> grouped(rounded, decimals);
            default -> number(column.type(), rounded);
        };
    }

    public static String number(Column.Type type, BigDecimal value) {
        return switch (type) {
            case COUNT -> grouped(value.setScale(0, RoundingMode.HALF_UP), 0);
            case PERCENT -> grouped(value, Math.max(1, value.stripTrailingZeros().scale())) + "%";
            case CURRENCY -> (value.signum() < 0 ? "-£" : "£") + grouped(value.abs(), 2);
            case RATE -> grouped(value, Math.max(0, value.stripTrailingZeros().scale()));
            case POINTS -> grouped(value, Math.max(1, value.stripTrailingZeros().scale())) + " percentage points";
            case CATEGORY, TEXT -> value.toPlainString();
        };
    }

    /** A percentage rounded once to one decimal place: 19.5%. */
    public static String percent(BigDecimal value) {
        return grouped(value, 1) + "%";
    }

    /** Percentage points, without a sign: "6.7 percentage points". */
    public static String points(BigDecimal value) {
        return grouped(value.abs(), 1) + " percentage point" + (value.abs().compareTo(BigDecimal.ONE) == 0 ? "" : "s");
    }

    static String grouped(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
