package org.dueregard.charts;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.dueregard.data.Dataset;
import org.dueregard.data.Row;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws a chart with XChart and exports it as SVG: white background, the checked palette, large dark text, value
 * labels on the marks (direct labels, so meaning never depends on colour), different marker shapes on lines. Only
 * published values are drawn. The SVG gets role="img", a title and a description, and a viewBox with no fixed size.
 */
public final class ChartRenderer {

    static final int WIDTH = 720;
    static final int HEIGHT = 420;
    private static final Color TEXT = new Color(0x0b0c0c);
    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
            SeriesMarkers.TRIANGLE_UP, SeriesMarkers.CROSS, SeriesMarkers.TRIANGLE_DOWN};

    private ChartRenderer() {
    }

    /** The drawing's height in its own units: fixed for XChart charts, by rows for the hand-drawn ones. */
    public static int heightOf(Dataset d, ChartSpec spec) {
        return spec.type() == ChartSpec.Type.HORIZONTAL_BAR || spec.type() == ChartSpec.Type.PYRAMID ? SvgBarChart.heightFor(spec, d) : HEIGHT;
    }

    public static String svg(Dataset d, ChartSpec spec, String title, String description) {
        if (spec.type() == ChartSpec.Type.HORIZONTAL_BAR) return SvgBarChart.horizontal(d, spec, title, description);
        if (spec.type() == ChartSpec.Type.PYRAMID) return SvgBarChart.pyramid(d, spec, title, description);
        Chart<?, ?> chart = spec.type() == ChartSpec.Type.PIE ? pie(d, spec) : category(d, spec);
        VectorGraphics2D graphics = new VectorGraphics2D();
        chart.paint(graphics, WIDTH, HEIGHT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SVGProcessor().getDocument(graphics.getCommands(), new PageSize(0, 0, WIDTH, HEIGHT)).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return accessible(out.toString(StandardCharsets.UTF_8), title, description);
    }

    private static CategoryChart category(Dataset d, ChartSpec spec) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).build();
        style(chart.getStyler(), spec);
        chart.getStyler().setLabelsVisible(true);
        // Value labels sit inside the bars: with three or four series the bars are narrow, so the labels are smaller.
        int labelSize = spec.series().size() >= 3 && spec.type() != ChartSpec.Type.STACKED_PERCENT ? 12 : 15;
        chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, labelSize));
        chart.getStyler().setLabelsFontColorAutomaticEnabled(true);
        chart.getStyler().setLabelsFontColorAutomaticDark(TEXT);
        chart.getStyler().setLabelsFontColorAutomaticLight(Color.WHITE);
        chart.getStyler().setAvailableSpaceFill(spec.series().size() >= 3 ? 0.85 : 0.7);
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, labelSize));
        chart.getStyler().setAnnotationTextFontColor(TEXT);
        chart.getStyler().setOverlapped(false);
        boolean stacked = spec.type() == ChartSpec.Type.STACKED_PERCENT;
        chart.getStyler().setStacked(stacked);
        if (stacked) {
            chart.getStyler().setYAxisMax(100.0);
            chart.getStyler().setLabelsPosition(0.5);
        }
        chart.getStyler().setLegendVisible(spec.series().size() > 1);
        // Labels on the marks read like the rest of the page: 19.5%, £10.72, 1,234.
        // XChart labels bars with the Y axis format, so the axis gets the labels' pattern (ticks such as 20.0%).
        String pattern = stacked ? "0.0'%'" : patternFor(d.columns().get(spec.series().get(0)));
        chart.getStyler().setDecimalPattern(pattern);
        chart.getStyler().setYAxisDecimalPattern(pattern);
        if (!stacked && d.columns().get(spec.series().get(0)).type() == org.dueregard.data.Column.Type.POINTS) {
            // Differences of percentages are bare numbers on the bars; the axis says what they are.
            chart.setYAxisTitle("Percentage points");
            chart.getStyler().setYAxisTitleVisible(true);
        }
        List<String> categories = new ArrayList<>();
        for (Row row : d.rows()) categories.add(row.cell(spec.x()).text());
        int index = 0;
        for (int s : spec.series()) {
            List<Double> values = new ArrayList<>();
            List<ChartText.Point> shares = stacked ? ChartText.shares(d, spec, s) : List.of();
            for (Row row : d.rows()) {
                // Values are drawn (and labelled) as they are shown elsewhere: rounded once, to the column's decimals.
                if (stacked) {
                    String label = row.cell(spec.x()).text();
                    values.add(shares.stream().filter(p -> p.label().equals(label)).findFirst()
                            .map(p -> p.value().setScale(1, java.math.RoundingMode.HALF_UP).doubleValue()).orElse(null));
                } else {
                    int decimals = d.columns().get(s).displayDecimals();
                    values.add(row.cell(s).published()
                            .map(v -> decimals < 0 ? v : v.setScale(decimals, java.math.RoundingMode.HALF_UP))
                            .map(BigDecimal::doubleValue).orElse(null));
                }
            }
            CategorySeries series = chart.addSeries(d.columns().get(s).label(), categories, values);
            if (spec.type() == ChartSpec.Type.LINE) {
                series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
                series.setMarker(MARKERS[index % MARKERS.length]);
            }
            index++;
        }
        drawMarks(chart, d, spec);
        return chart;
    }

    /** A symbol drawn where a value is not, at {@code x} in XChart's data space for categories. */
    record Mark(String text, double x) {
    }

    /**
     * Where a value is not drawn, its symbol ("[c]", "<5%") stands at the foot of its bar, so a gap never reads as
     * zero. XChart's data space puts category i between i and i + 1; the bars of a group share its filled part.
     */
    static List<Mark> marks(Dataset d, ChartSpec spec, double fill) {
        boolean stacked = spec.type() == ChartSpec.Type.STACKED_PERCENT;
        int bars = stacked || spec.type() == ChartSpec.Type.LINE ? 1 : spec.series().size();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < spec.series().size(); i++) {
            int series = spec.series().get(i);
            if (stacked && i > 0) break; // one mark a bar: the whole bar is missing when any part is
            for (int r = 0; r < d.rows().size(); r++) {
                Row row = d.rows().get(r);
                java.util.Optional<String> mark = stacked
                        ? spec.series().stream().map(c -> Marks.of(d.columns().get(c), row.cell(c))).flatMap(java.util.Optional::stream).findFirst()
                        : Marks.of(d.columns().get(series), row.cell(series));
                if (mark.isEmpty()) continue;
                double width = fill / bars;
                marks.add(new Mark(mark.get(), r + 0.5 + (bars == 1 ? 0 : (i - (bars - 1) / 2.0) * width)));
            }
        }
        return marks;
    }

    private static void drawMarks(CategoryChart chart, Dataset d, ChartSpec spec) {
        double top = spec.type() == ChartSpec.Type.STACKED_PERCENT ? 100.0 : d.rows().stream()
                .flatMap(r -> spec.series().stream().map(c -> r.cell(c).published()))
                .flatMap(java.util.Optional::stream).mapToDouble(BigDecimal::doubleValue).max().orElse(1.0);
        for (Mark mark : marks(d, spec, chart.getStyler().getAvailableSpaceFill())) {
            chart.addAnnotation(new org.knowm.xchart.AnnotationText(mark.text(), mark.x(), Math.max(top, 1e-9) * 0.04, false));
        }
    }

    /** Labels on the marks as the table shows the values: the column's decimals, % for percentages. */
    static String patternFor(org.dueregard.data.Column column) {
        int decimals = column.displayDecimals();
        String number = decimals < 0 ? null : "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
        return switch (column.type()) {
            case PERCENT -> (number == null ? "#,##0.0" : number) + "'%'";
            case CURRENCY -> "'\u00a3'#,##0.00";
            case COUNT -> "#,##0";
            case POINTS -> number == null ? "#,##0.0" : number;
            default -> number == null ? "#,##0.##" : number;
        };
    }

    private static PieChart pie(Dataset d, ChartSpec spec) {
        PieChart chart = new PieChartBuilder().width(WIDTH).height(HEIGHT).build();
        style(chart.getStyler(), spec);
        org.dueregard.data.Column column = d.columns().get(spec.series().get(0));
        boolean shares = column.type() == org.dueregard.data.Column.Type.PERCENT;
        boolean hidden = d.rows().stream().anyMatch(row -> row.cell(spec.series().get(0)).published().isEmpty());
        // A slice is labelled with the figure the table shows: shares as given, and counts as counts when some are
        // hidden (a share of the shown ones would be a figure the data does not hold).
        chart.getStyler().setLabelType(shares || hidden ? PieStyler.LabelType.NameAndValue : PieStyler.LabelType.NameAndPercentage);
        chart.getStyler().setDecimalPattern(patternFor(column));
        chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        chart.getStyler().setLabelsFontColorAutomaticEnabled(true);
        chart.getStyler().setLabelsFontColorAutomaticDark(TEXT);
        chart.getStyler().setLabelsFontColorAutomaticLight(Color.WHITE);
        chart.getStyler().setLegendVisible(false);
        int s = spec.series().get(0);
        for (Row row : d.rows()) {
            row.cell(s).published().ifPresent(v -> chart.addSeries(row.cell(spec.x()).text(), v));
        }
        if (shares && hidden) {
            addHiddenSlice(chart, d, s, spec.x());
            // The grey slice is named in the legend, never labelled with its size: with one hidden share that would
            // print the figure the source hid.
            chart.getStyler().setLegendVisible(true);
            chart.getStyler().setForceAllLabelsVisible(false);
        }
        return chart;
    }

    /**
     * Shares of a whole with some hidden: what the shown ones leave of 100% is drawn as one grey slice named with the
     * hidden rows and their symbols ("Zero hours <5%"), so the shown slices keep their true size.
     */
    private static void addHiddenSlice(PieChart chart, Dataset d, int series, int x) {
        BigDecimal shown = d.rows().stream().map(row -> row.cell(series).published()).flatMap(java.util.Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rest = BigDecimal.valueOf(100).subtract(shown);
        if (rest.signum() <= 0) return;
        List<String> names = new ArrayList<>();
        for (Row row : d.rows()) {
            if (row.cell(series).published().isPresent()) continue;
            names.add(row.cell(x).text() + " " + Marks.of(d.columns().get(series), row.cell(series)).orElse("[x]"));
        }
        chart.addSeries(String.join(", ", names), rest).setFillColor(new Color(0x505a5f));
    }

    private static void style(Styler styler, ChartSpec spec) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartTitleVisible(false);
        styler.setChartFontColor(TEXT);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        styler.setSeriesColors(spec.colours().stream().map(c -> Contrast.parse(c).orElseThrow()).toArray(Color[]::new));
        if (styler instanceof org.knowm.xchart.style.AxesChartStyler axes) {
            // Numbers in charts follow the page (88.0%, £10.72), never the machine's locale ("88,0%" in Germany).
            axes.setLocale(java.util.Locale.UK);
            axes.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
            axes.setAxisTickLabelsColor(TEXT);
            axes.setAxisTickMarksColor(TEXT);
            axes.setPlotGridLinesColor(new Color(0xdddddd));
            axes.setPlotGridVerticalLinesVisible(false);
            axes.setXAxisTitleVisible(false);
            axes.setYAxisTitleVisible(false);
        }
    }

    private static final Pattern LONG_DECIMAL = Pattern.compile("(\\d+\\.\\d)\\d+");

    /**
     * Makes the exported SVG fit for a page: role="img" with a title and description, a viewBox and no fixed
     * size (it scales with the page), no DOCTYPE, and coordinates trimmed to one decimal place to keep it small.
     */
    static String accessible(String svg, String title, String description) {
        String body = svg.substring(svg.indexOf("<svg"));
        int tagEnd = body.indexOf('>');
        String rest = body.substring(tagEnd + 1);
        Matcher m = LONG_DECIMAL.matcher(rest);
        rest = m.replaceAll("$1");
        // XChart writes category and series names as they are; a character XML forbids must not reach the file.
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">"
                + "<title id=\"chart-title\">" + Html.escape(title) + "</title><desc id=\"chart-desc\">" + Html.escape(description) + "</desc>"
                + org.dueregard.ForbiddenCharacters.removeFromMarkup(rest);
    }
}
