package org.dueregard.charts;

import org.dueregard.data.Cell;
import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words that go with a chart, written from the published data: a one-sentence alt text (chart type and main
 * message) and a longer summary (largest and smallest, change over time, gap to the comparator). Hidden values are
 * never used, and the words never claim a highest, lowest or ranking that a hidden value could make untrue: they
 * say how many values are not shown, and why.
 */
public final class ChartText {

    /** Alt text should be one sentence of about 125 to 150 characters; detail goes in the summary. */
    static final int ALT_LENGTH = 150;
    /** Labels that are periods ("2024", "2023/24", "2023-24", "Q1 2024", "March 2024"): the series is a change over time. */
    private static final Pattern PERIOD = Pattern.compile("(?i)((q[1-4]|[a-z]+)\\s+)?\\d{4}([/-]\\d{2,4})?(\\s+to\\s+\\d{4})?");

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

    /** Whether the chart's categories are periods, so its message is a change over time. */
    static boolean overTime(Dataset d, ChartSpec spec) {
        return d.rows().size() > 1 && d.rows().stream().allMatch(row -> PERIOD.matcher(row.cell(spec.x()).text().strip()).matches());
    }

    public static String alt(Dataset d, ChartSpec spec) {
        if (spec.alt().isPresent()) return spec.alt().get();
        int first = spec.series().get(0);
        String what = lower(d.columns().get(first).label());
        String type = switch (spec.type()) {
            case BAR, HORIZONTAL_BAR -> "Bar chart";
            case PYRAMID -> "Population pyramid";
            case GROUPED_BAR -> "Grouped bar chart";
            case STACKED_PERCENT -> "Stacked bar chart";
            case LINE -> "Line chart";
            case PIE -> "Pie chart";
        };
        String plain = type + " of " + lower(d.title());
        List<Point> points = points(d, spec, first);
        if (points.isEmpty()) return plain + "; its values are not shown (" + Gaps.of(d, spec, first).why() + ").";
        boolean nothingToCompare = switch (spec.type()) {
            case STACKED_PERCENT -> shares(d, spec, first).isEmpty();
            case PIE -> false; // it has shown slices: the message lists them
            case PYRAMID -> d.rows().stream().noneMatch(r -> r.cell(first).published().isPresent() && r.cell(spec.series().get(1)).published().isPresent());
            default -> false;
        };
        if (nothingToCompare) return plain + "; there are no shares to describe, as the values are hidden, missing or zero.";
        List<String> candidates = new ArrayList<>();
        String notes = String.join("; ", rowNotes(d, spec));
        message(d, spec, first, what, points).ifPresent(message -> candidates.add(type + " showing " + message + (notes.isEmpty() ? "" : "; " + notes) + "."));
        Gaps gaps = Gaps.of(d, spec, spec.series());
        String hidden = gaps.count() == 0 ? "" : "; " + gaps.count() + " value" + (gaps.count() == 1 ? " is" : "s are") + " not shown";
        candidates.add(type + " showing " + what + " for each " + lower(d.columns().get(spec.x()).label()) + hidden + ".");
        candidates.add(plain + hidden + ".");
        return candidates.stream().filter(text -> text.length() <= ALT_LENGTH).findFirst().orElse(candidates.get(candidates.size() - 1));
    }

    /** The main message of the first series, or empty when hidden values leave nothing true to say briefly. */
    private static Optional<String> message(Dataset d, ChartSpec spec, int first, String what, List<Point> points) {
        Gaps gaps = Gaps.of(d, spec, first);
        return switch (spec.type()) {
            case PYRAMID -> gaps.count() > 0 ? Optional.empty() : Optional.of(largestGroup(d, spec, what));
            case STACKED_PERCENT -> {
                if (Gaps.of(d, spec, spec.series()).count() > 0) yield Optional.empty();
                List<Point> shares = shares(d, spec, first);
                Point min = shares.stream().min(Comparator.comparing(Point::value)).orElseThrow();
                Point max = shares.stream().max(Comparator.comparing(Point::value)).orElseThrow();
                yield Optional.of(what + " are between " + Format.percent(min.value()) + " (" + min.label() + ") and "
                        + Format.percent(max.value()) + " (" + max.label() + ") of each " + lower(d.columns().get(spec.x()).label()));
            }
            case PIE -> {
                List<Point> slices = shares(d, spec, first);
                boolean asShares = !slices.isEmpty();
                List<String> parts = (asShares ? slices : points).stream()
                        .map(p -> lower(p.label()) + " " + (asShares ? Format.percent(p.value()) : value(d, first, p.value()))).toList();
                String hidden = gaps.count() == 0 ? "" : "; " + gaps.count() + (gaps.count() == 1 ? " slice " : " slices ") + gaps.single().orElse("are not shown");
                yield Optional.of(String.join(", ", parts) + hidden);
            }
            default -> overTime(d, spec) || spec.type() == ChartSpec.Type.LINE ? change(d, first, what, points)
                    : extremes(d, first, what, points, gaps, " and ");
        };
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

    private static String largestGroup(Dataset d, ChartSpec spec, String what) {
        int first = spec.series().get(0);
        int second = spec.series().get(1);
        Row largest = d.rows().stream().filter(r -> r.cell(first).published().isPresent() && r.cell(second).published().isPresent())
                .max(Comparator.comparing((Row r) -> r.cell(first).published().orElseThrow().add(r.cell(second).published().orElseThrow())))
                .orElseThrow();
        return what + " and " + lower(d.columns().get(second).label()) + " by " + lower(d.columns().get(spec.x()).label())
                + "; the largest group is " + largest.cell(spec.x()).text() + " (" + value(d, first, largest.cell(first).published().orElseThrow())
                + " and " + value(d, second, largest.cell(second).published().orElseThrow()) + ")";
    }

    /** "fell from 34.3% in 2023 to 27.7% in 2024", between the first and last values shown. */
    private static Optional<String> change(Dataset d, int series, String what, List<Point> points) {
        if (points.size() < 2) return Optional.empty();
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        int direction = last.value().compareTo(first.value());
        return Optional.of(what + (direction > 0 ? " rose" : direction < 0 ? " fell" : " stayed the same") + " from "
                + value(d, series, first.value()) + " in " + first.label() + " to " + value(d, series, last.value()) + " in " + last.label());
    }

    /** Highest and lowest, each only when no value that is not shown could be beyond it. */
    private static Optional<String> extremes(Dataset d, int series, String what, List<Point> points, Gaps gaps, String joiner) {
        if (points.size() < 2) return Optional.empty();
        Point max = points.stream().max(Comparator.comparing(Point::value)).orElseThrow();
        Point min = points.stream().min(Comparator.comparing(Point::value)).orElseThrow();
        boolean highest = gaps.allBelow(max.value());
        boolean lowest = gaps.count() == 0;
        if (!highest && !lowest) return Optional.empty();
        List<String> parts = new ArrayList<>();
        if (highest) parts.add("highest for " + max.label() + " (" + value(d, series, max.value()) + ")");
        if (lowest) parts.add("lowest for " + min.label() + " (" + value(d, series, min.value()) + ")");
        return Optional.of(what + ": " + String.join(joiner, parts));
    }

    /** For stacked-percent and pie: each row's share of its row total (stacked) or of the column total (pie). */
    static List<Point> shares(Dataset d, ChartSpec spec, int series) {
        List<Point> out = new ArrayList<>();
        if (spec.type() == ChartSpec.Type.PIE) {
            List<Point> points = points(d, spec, series);
            if (d.columns().get(series).type() == Column.Type.PERCENT) return points; // shares already, as given
            BigDecimal total = points.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() <= 0 || Gaps.of(d, spec, series).count() > 0) return out; // nothing (true) to share out
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

    /** A few sentences: for each series the change over time or the largest and smallest, and the gap to the comparator. */
    public static List<String> summary(Dataset d, ChartSpec spec) {
        List<String> sentences = new ArrayList<>();
        boolean overTime = overTime(d, spec) || spec.type() == ChartSpec.Type.LINE;
        for (int series : spec.series()) {
            Column column = d.columns().get(series);
            boolean asShare = spec.type() == ChartSpec.Type.STACKED_PERCENT;
            List<Point> points = asShare ? shares(d, spec, series) : points(d, spec, series);
            if (points.isEmpty()) continue;
            String name = column.label() + (asShare ? " (share of each " + lower(d.columns().get(spec.x()).label()) + ")" : "");
            Gaps gaps = asShare ? Gaps.of(d, spec, spec.series()) : Gaps.of(d, spec, series);
            if (asShare) {
                sharesSentence(name, points, gaps).ifPresent(sentences::add);
            } else if (overTime) {
                change(d, series, name, points).ifPresent(text -> sentences.add(text + "."));
            } else {
                Optional<String> extremes = extremes(d, series, name, points, gaps, ", ");
                if (extremes.isPresent()) sentences.add(extremes.get() + ".");
                else if (points.size() > 1) sentences.add(name + ": the values shown range from " + value(d, series, min(points).value())
                        + " to " + value(d, series, max(points).value()) + ".");
            }
            comparison(d, series, column, points).ifPresent(sentences::add);
        }
        Gaps all = Gaps.of(d, spec, spec.series());
        if (all.count() > 0) {
            String values = all.count() + " value" + (all.count() == 1 ? " " : "s ");
            sentences.add((all.single().isPresent() ? values + all.single().get() : values + (all.count() == 1 ? "is" : "are") + " not shown: " + all.why())
                    + ". " + howTheChartShowsGaps(spec, all.count()));
        }
        for (String note : rowNotes(d, spec)) sentences.add(note + ".");
        return sentences;
    }

    private static String howTheChartShowsGaps(ChartSpec spec, int count) {
        String them = count == 1 ? "it" : "them";
        return switch (spec.type()) {
            case PIE -> "The chart shows what the other slices leave as one grey slice, named with " + (count == 1 ? "its symbol." : "their symbols.");
            case LINE -> "The line has a gap there, and the chart marks " + them + " with " + (count == 1 ? "its symbol." : "their symbols.");
            default -> "The chart marks " + (count == 1 ? "it" : "each") + " with its symbol instead of a bar.";
        };
    }

    private static Optional<String> sharesSentence(String name, List<Point> shares, Gaps gaps) {
        if (shares.size() < 2) return Optional.empty();
        if (gaps.count() > 0) {
            return Optional.of(name + ": the shares shown range from " + Format.percent(min(shares).value()) + " to " + Format.percent(max(shares).value()) + ".");
        }
        return Optional.of(name + ": highest for " + max(shares).label() + " (" + Format.percent(max(shares).value()) + "), lowest for "
                + min(shares).label() + " (" + Format.percent(min(shares).value()) + ").");
    }

    private static Optional<String> comparison(Dataset d, int series, Column column, List<Point> points) {
        return d.comparator().flatMap(d::findRow).flatMap(row -> row.cell(series).published()).flatMap(base -> {
            List<String> compared = new ArrayList<>();
            for (Point p : points) {
                if (org.dueregard.data.Slugs.of(p.label()).equals(org.dueregard.data.Slugs.of(d.comparator().get()))) continue;
                compared.add(p.label() + " " + Comparison.describe(p.value().subtract(base), column.type()));
            }
            return compared.isEmpty() ? Optional.empty()
                    : Optional.of("Compared with " + d.comparator().get() + " (" + value(d, series, base) + "): " + String.join("; ", compared) + ".");
        });
    }

    private static Point max(List<Point> points) {
        return points.stream().max(Comparator.comparing(Point::value)).orElseThrow();
    }

    private static Point min(List<Point> points) {
        return points.stream().min(Comparator.comparing(Point::value)).orElseThrow();
    }

    /**
     * The values of one or more series that a chart cannot show, and what they allow: a bound ("<5%") is known to be
     * below something, so a higher shown value is still the highest; anything else hidden could be anything.
     */
    record Gaps(int count, List<BigDecimal> bounds, int unknown, String why, Optional<String> single) {

        static Gaps of(Dataset d, ChartSpec spec, int series) {
            return of(d, spec, List.of(series));
        }

        static Gaps of(Dataset d, ChartSpec spec, List<Integer> series) {
            int count = 0;
            int unknown = 0;
            List<BigDecimal> bounds = new ArrayList<>();
            java.util.Map<String, Integer> reasons = new java.util.LinkedHashMap<>();
            for (Row row : d.rows()) {
                for (int s : series) {
                    Cell cell = row.cell(s);
                    if (!cell.isMarked() || cell.state() == Cell.State.NOT_APPLICABLE) continue;
                    count++;
                    Column column = d.columns().get(s);
                    if (cell.state() == Cell.State.BELOW) {
                        bounds.add(cell.bound().orElseThrow());
                        reasons.merge(Marks.inWords(column, cell), 1, Integer::sum);
                    } else {
                        unknown++;
                        String reason = cell.suppressed() ? "hidden so that no one can be identified"
                                : switch (cell.state()) {
                                    case CONFIDENTIAL -> "confidential";
                                    case LOW -> "low figures the source did not publish exactly";
                                    default -> "not available";
                                };
                        reasons.merge(reason, 1, Integer::sum);
                    }
                }
            }
            List<String> parts = new ArrayList<>();
            reasons.forEach((reason, n) -> parts.add(n + " " + (n == 1 ? "is " : "are ") + reason));
            Optional<String> single = reasons.size() == 1
                    ? Optional.of((count == 1 ? "is " : "are ") + reasons.keySet().iterator().next()) : Optional.empty();
            return new Gaps(count, List.copyOf(bounds), unknown, String.join(", ", parts), single);
        }

        /** Whether every value not shown is known to be below {@code value}. */
        boolean allBelow(BigDecimal value) {
            return unknown == 0 && bounds.stream().allMatch(bound -> bound.compareTo(value) <= 0);
        }
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
