package org.dueregard.charts;

import org.dueregard.data.Dataset;
import org.dueregard.data.DatasetParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11: every chart type in both layouts is real SVG text of one size, inside its drawing (so nothing is cut off
 * or needs scrolling), with every series named in words, and the same bytes each time.
 */
class ChartLayoutTest {

    private static final Pattern TEXT = Pattern.compile("<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" text-anchor=\"(start|middle|end)\"[^>]*font-size=\"(\\d+)\"([^>]*)>([^<]*)</text>");

    private static Dataset dataset() throws Exception {
        return DatasetParser.parse("survey", """
                title: Staff survey results by disability
                source: NHS Staff Survey 2024
                columns:
                  - id: group
                    label: Disability
                  - {id: q14b, label: "Not harassed, bullied or abused by managers (Q14b)", type: percent}
                  - {id: q14c, label: "Not harassed, bullied or abused by colleagues (Q14c)", type: percent}
                  - {id: q16b, label: Not discriminated against (Q16b), type: percent}
                rows:
                  - [All staff, 88.0, 85.1, 94.6]
                  - [Disabled, 84.9, 80.8, 89.2]
                  - [Not disabled and a very long name for a group of staff, 89.9, 86.9, 97.0]
                """, "survey.yml");
    }

    @Test
    void everyTypeAndLayoutIsRealTextThatFitsItsDrawing() throws Exception {
        Dataset d = dataset();
        for (ChartSpec.Type type : ChartSpec.Type.values()) {
            List<Integer> series = switch (type) {
                case PIE -> List.of(1);
                case PYRAMID -> List.of(1, 2);
                default -> List.of(1, 2, 3);
            };
            Dataset data = type == ChartSpec.Type.PIE ? d.withRows(d.rows().subList(0, 3)) : d;
            ChartSpec spec = new ChartSpec(type, "T", "S", 0, series, Optional.empty(), Contrast.ANALYSIS_FUNCTION.subList(0, 3));
            for (ChartLayout layout : ChartLayout.values()) {
                String svg = ChartRenderer.draw(data, spec, layout, "T", "A").svg();
                assertEquals(svg, ChartRenderer.draw(data, spec, layout, "T", "A").svg(), "the same bytes each time");
                assertTrue(svg.contains("viewBox=\"0 0 " + layout.width + " "), svg);
                Matcher m = TEXT.matcher(svg);
                StringBuilder words = new StringBuilder();
                int count = 0;
                while (m.find()) {
                    count++;
                    assertEquals("15", m.group(4), "one text size: " + m.group());
                    double x = Double.parseDouble(m.group(1));
                    double width = TextWidth.of(m.group(6).replace("&amp;", "&").replace("&lt;", "<"), 15, m.group(5).contains("bold"));
                    double left = switch (m.group(3)) {
                        case "start" -> x;
                        case "middle" -> x - width / 2;
                        default -> x - width;
                    };
                    assertTrue(left >= 0 && left + width <= layout.width + 0.5, type + " " + layout + ": text outside the drawing: " + m.group());
                    words.append(m.group(6)).append(' ');
                }
                assertTrue(count > 0, type + " " + layout + " has real text: " + svg);
                assertEquals(count, svg.split("<text ", -1).length - 1, "every text element has the usual attributes");
                if (type != ChartSpec.Type.PIE) {
                    for (int s : series) {
                        String name = d.columns().get(s).label().split(" ")[0];
                        assertTrue(words.toString().contains(name), type + " " + layout + " names the series " + name + " in words: " + words);
                    }
                }
                assertFalse(svg.contains("NaN") || svg.contains("Infinity"), svg);
            }
        }
    }

    @Test
    void longSeriesNamesMakeGroupedBarsHorizontalSoEachBarIsStillLabelled() throws Exception {
        Dataset d = dataset();
        ChartSpec grouped = new ChartSpec(ChartSpec.Type.GROUPED_BAR, "T", "S", 0, List.of(1, 2, 3), Optional.empty(), Contrast.ANALYSIS_FUNCTION.subList(0, 3));
        assertFalse(ColumnChartSvg.fits(d, grouped, ChartLayout.WIDE));
        ChartSpec two = new ChartSpec(ChartSpec.Type.GROUPED_BAR, "T", "S", 0, List.of(3), Optional.empty(), Contrast.ANALYSIS_FUNCTION.subList(0, 1));
        assertTrue(ColumnChartSvg.fits(d.withRows(d.rows().subList(0, 2)), two, ChartLayout.WIDE));
    }

    @Test
    void negativeValuesGrowFromZeroTheOtherWay() throws Exception {
        Dataset d = DatasetParser.parse("change", """
                title: Change
                source: Survey
                columns:
                  - id: group
                  - {id: points, label: Change, type: points}
                rows:
                  - [Disabled, 4.8]
                  - [Not disabled, -2.5]
                """, "change.yml");
        for (ChartSpec.Type type : List.of(ChartSpec.Type.BAR, ChartSpec.Type.HORIZONTAL_BAR)) {
            ChartSpec spec = new ChartSpec(type, "T", "S", 0, List.of(1), Optional.empty(), Contrast.ANALYSIS_FUNCTION.subList(0, 1));
            for (ChartLayout layout : ChartLayout.values()) {
                String svg = ChartRenderer.draw(d, spec, layout, "T", "A").svg();
                assertTrue(svg.contains(">-2.5</text>") && svg.contains(">4.8</text>") && svg.contains(">Percentage points</text>"), svg);
                assertFalse(svg.contains("width=\"-") || svg.contains("height=\"-"), svg);
            }
        }
    }

    @Test
    void aPieOfSharesWithOneHiddenKeepsTheShownSlicesTrueAndNamesTheRestWithoutItsSize() throws Exception {
        Dataset d = DatasetParser.parse("split", """
                title: Staff by working pattern
                source: HR
                columns:
                  - {id: pattern, label: Working pattern}
                  - {id: share, label: Staff, type: percent}
                rows:
                  - [Full time, 60.0]
                  - [Part time, 37.0]
                  - [Zero hours, "<5"]
                """, "split.yml");
        ChartSpec spec = new ChartSpec(ChartSpec.Type.PIE, "T", "S", 0, List.of(1), Optional.empty(), Contrast.ANALYSIS_FUNCTION.subList(0, 3));
        for (ChartLayout layout : ChartLayout.values()) {
            String svg = ChartRenderer.draw(d, spec, layout, "T", "A").svg();
            assertTrue(svg.contains("Full time 60.0%"), svg);
            assertTrue(svg.contains("Part time 37.0%"), svg);
            assertTrue(svg.contains(">Zero hours &lt;5%</text>"), svg);
            assertEquals(3, svg.split("<path ").length - 1, "three slices: two shown and the grey rest");
            assertTrue(svg.contains("fill=\"#505a5f\""), svg);
            assertFalse(svg.contains("3.0%") || svg.contains(">3%"), "the rest's size, the hidden share, is never printed");
            assertFalse(svg.contains("61.9") || svg.contains("38.1"), "shown slices are not shares of what is shown");
        }
    }
}
