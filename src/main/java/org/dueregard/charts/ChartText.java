package org.dueregard.charts;

import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The words that go with a chart, written from the published data: a one-sentence alt text (chart type and main
 * message) and a longer summary (largest and smallest, change over time, gap to the comparator). Hidden values are
 * never used: they are left out and the text says so.
 */
public final class ChartText {

    private ChartText() {
    }

    record Point(String label, BigDecimal value) {
    }

    static List<Point> points(Dataset d, ChartSpec spec, int series) {
        List<Point> points = new ArrayList<>();
        for (Row row : d.rows()) {
            row.cell(series).published().ifPresent(v -> points.add(new Point(row.cell(spec.x()).text(), v)));
        }
        return points;
    }

    static String value(Dataset d, int series, BigDecimal v) {
        return Format.value(d.columns().get(series), v);
    }

    public static String alt(Dataset d, ChartSpec spec) {
        if (spec.alt().isPresent()) return spec.alt().get();
        int first = spec.series().get(0);
        Column column = d.columns().get(first);
        String what = lower(column.label());
        List<Point> points = points(d, spec, first);
        String type = switch (spec.type()) {
            case BAR, HORIZONTAL_BAR -> "Bar chart";
            case PYRAMID -> "Population pyramid";
            case GROUPED_BAR -> "Grouped bar chart";
            case STACKED_PERCENT -> "Stacked bar chart";
            case LINE -> "Line chart";
            case PIE -> "Pie chart";
        };
        if (points.isEmpty()) return type + " of " + lower(d.title()) + "; its values are hidden to protect privacy.";
        boolean nothingToCompare = switch (spec.type()) {
            case STACKED_PERCENT, PIE -> shares(d, spec, first).isEmpty();
            case PYRAMID -> d.rows().stream().noneMatch(r -> r.cell(first).published().isPresent() && r.cell(spec.series().get(1)).published().isPresent());
            default -> false;
        };
        if (nothingToCompare) {
            return type + " of " + lower(d.title()) + "; there are no shares to describe, as the values are hidden, missing or zero.";
        }
        boolean overTime = points.size() > 1 && points.stream().allMatch(p -> p.label().matches("\\d{4}(/\\d{2,4})?"));
        String message = switch (spec.type()) {
            case PYRAMID -> {
                int second = spec.series().get(1);
                Row largest = d.rows().stream().filter(r -> r.cell(first).published().isPresent() && r.cell(second).published().isPresent())
                        .max(Comparator.comparing((Row r) -> r.cell(first).published().orElseThrow().add(r.cell(second).published().orElseThrow())))
                        .orElseThrow();
                yield what + " and " + lower(d.columns().get(second).label()) + " by " + lower(d.columns().get(spec.x()).label())
                        + "; the largest group is " + largest.cell(spec.x()).text() + " (" + value(d, first, largest.cell(first).published().orElseThrow())
                        + " and " + value(d, second, largest.cell(second).published().orElseThrow()) + ")";
            }
            case LINE, BAR, HORIZONTAL_BAR, GROUPED_BAR -> !overTime && spec.type() != ChartSpec.Type.LINE ? highestAndLowest(d, first, what, points) : what + " went from " + value(d, first, points.get(0).value()) + " in " + points.get(0).label()
                    + " to " + value(d, first, points.get(points.size() - 1).value()) + " in " + points.get(points.size() - 1).label();
            case STACKED_PERCENT -> {
                List<Point> shares = shares(d, spec, first);
                Point min = shares.stream().min(Comparator.comparing(Point::value)).orElseThrow();
                Point max = shares.stream().max(Comparator.comparing(Point::value)).orElseThrow();
                String each = lower(d.columns().get(spec.x()).label());
                yield what + " are between " + Format.percent(min.value()) + " (" + min.label() + ") and "
                        + Format.percent(max.value()) + " (" + max.label() + ") of each " + each;
            }
            case PIE -> String.join(", ", shares(d, spec, first).stream().map(p -> lower(p.label()) + " " + Format.percent(p.value())).toList());
        };
        String notes = String.join("; ", rowNotes(d, spec));
        return type + " showing " + message + (notes.isEmpty() ? "" : "; " + notes) + ".";
    }

    /**
     * "Upper: no employees in this quarter" for each row the chart draws nothing for, when a cell of the row says
     * why: an empty bar must not read as 0.
     */
    static List<String> rowNotes(Dataset d, ChartSpec spec) {
        List<String> notes = new ArrayList<>();
        for (Row row : d.rows()) {
            Optional<String> note = java.util.stream.IntStream.range(0, d.columns().size()).filter(c -> d.columns().get(c).type().isNumber())
                    .mapToObj(c -> row.cell(c).findNote()).flatMap(Optional::stream).findFirst();
            BigDecimal drawn = BigDecimal.ZERO;
            boolean anyShown = false;
            for (int s : spec.series()) {
                Optional<BigDecimal> v = row.cell(s).published();
                anyShown |= v.isPresent();
                drawn = drawn.add(v.orElse(BigDecimal.ZERO).abs());
            }
            boolean nothingDrawn = !anyShown || (drawn.signum() == 0 && spec.type() == ChartSpec.Type.STACKED_PERCENT);
            if (note.isPresent() && nothingDrawn) notes.add(row.cell(spec.x()).text() + ": " + note.get());
        }
        return notes;
    }

    private static String highestAndLowest(Dataset d, int first, String what, List<Point> points) {
        Point max = points.stream().max(Comparator.comparing(Point::value)).orElseThrow();
        Point min = points.stream().min(Comparator.comparing(Point::value)).orElseThrow();
        return what + ": highest for " + max.label() + " (" + value(d, first, max.value()) + ") and lowest for "
                + min.label() + " (" + value(d, first, min.value()) + ")";
    }

    /** For stacked-percent and pie: each row's share of its row total (stacked) or of the column total (pie). */
    static List<Point> shares(Dataset d, ChartSpec spec, int series) {
        List<Point> out = new ArrayList<>();
        if (spec.type() == ChartSpec.Type.PIE) {
            List<Point> points = points(d, spec, series);
            BigDecimal total = points.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() <= 0) return out; // nothing to share out
            for (Point p : points) out.add(new Point(p.label(), percentOf(p.value(), total)));
            return out;
        }
        for (Row row : d.rows()) {
            Optional<BigDecimal> part = row.cell(series).published();
            BigDecimal total = BigDecimal.ZERO;
            boolean complete = true;
            for (int s : spec.series()) {
                Optional<BigDecimal> v = row.cell(s).published();
                if (v.isEmpty()) complete = false;
                else total = total.add(v.get());
            }
            if (part.isPresent() && complete && total.signum() > 0) out.add(new Point(row.cell(spec.x()).text(), percentOf(part.get(), total)));
        }
        return out;
    }

    static BigDecimal percentOf(BigDecimal part, BigDecimal total) {
        return part.multiply(BigDecimal.valueOf(100)).divide(total, MathContext.DECIMAL64);
    }

    /** A few sentences: for each series the largest and smallest, the change over time, the gap to the comparator. */
    public static List<String> summary(Dataset d, ChartSpec spec) {
        List<String> sentences = new ArrayList<>();
        for (int series : spec.series()) {
            Column column = d.columns().get(series);
            List<Point> points = spec.type() == ChartSpec.Type.STACKED_PERCENT ? shares(d, spec, series) : points(d, spec, series);
            boolean asShare = spec.type() == ChartSpec.Type.STACKED_PERCENT;
            if (points.isEmpty()) continue;
            java.util.function.Function<BigDecimal, String> fmt = v -> asShare ? Format.percent(v) : value(d, series, v);
            String name = column.label() + (asShare ? " (share of each " + lower(d.columns().get(spec.x()).label()) + ")" : "");
            if (spec.type() == ChartSpec.Type.LINE && points.size() > 1) {
                Point first = points.get(0);
                Point last = points.get(points.size() - 1);
                int direction = last.value().compareTo(first.value());
                sentences.add(name + (direction > 0 ? " rose" : direction < 0 ? " fell" : " stayed the same") + " from "
                        + fmt.apply(first.value()) + " in " + first.label() + " to " + fmt.apply(last.value()) + " in " + last.label() + ".");
            } else if (points.size() > 1) {
                Point max = points.stream().max(Comparator.comparing(Point::value)).orElseThrow();
                Point min = points.stream().min(Comparator.comparing(Point::value)).orElseThrow();
                sentences.add(name + ": highest for " + max.label() + " (" + fmt.apply(max.value()) + "), lowest for "
                        + min.label() + " (" + fmt.apply(min.value()) + ").");
            }
            d.comparator().flatMap(d::findRow).flatMap(row -> row.cell(series).published()).ifPresent(base -> {
                List<String> compared = new ArrayList<>();
                for (Point p : points) {
                    if (org.dueregard.data.Slugs.of(p.label()).equals(org.dueregard.data.Slugs.of(d.comparator().get()))) continue;
                    compared.add(p.label() + " " + Comparison.describe(p.value().subtract(base), column.type()));
                }
                if (!compared.isEmpty()) {
                    sentences.add("Compared with " + d.comparator().get() + " (" + fmt.apply(base) + "): " + String.join("; ", compared) + ".");
                }
            });
        }
        long hidden = d.rows().stream().flatMap(r -> spec.series().stream().map(r::cell)).filter(org.dueregard.data.Cell::suppressed).count();
        for (String note : rowNotes(d, spec)) sentences.add(note + ".");
        if (hidden > 0) sentences.add(hidden + " value" + (hidden == 1 ? " is" : "s are") + " hidden because the numbers are small, and are left out of the chart.");
        return sentences;
    }

    /** Ordinary words that start a label and read better in lower case inside a sentence; names keep their capitals. */
    private static final java.util.Set<String> COMMON = java.util.Set.of("women", "men", "staff", "people", "births", "mean",
            "median", "number", "share", "percentage", "total", "all", "disabled", "non-disabled", "respondents", "score",
            "pay", "hourly", "age", "year", "group", "quarter", "pay quarter", "population", "rate", "emergency", "babies", "mothers");

    static String lower(String text) {
        if (text.isEmpty()) return text;
        String firstWord = text.split("[\\s,]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        if (!COMMON.contains(firstWord)) return text;
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
