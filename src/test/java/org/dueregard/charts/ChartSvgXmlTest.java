package org.dueregard.charts;

import org.dueregard.ProblemsException;
import org.dueregard.data.Cell;
import org.dueregard.data.Dataset;
import org.dueregard.data.DatasetParser;
import org.dueregard.data.Row;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 16: every chart SVG parses with a strict XML parser, whatever characters reach the writers. Text is refused
 * where it enters; this is the writers' own defence, for labels that came another way.
 */
class ChartSvgXmlTest {

    private static final String HOSTILE = "A\u0001B\u0000 <&>\"' \uD800 \uFFFF";

    private static Dataset hostileDataset() throws ProblemsException {
        Dataset d = DatasetParser.parse("d", """
                title: Staff
                source: Payroll
                columns:
                  - id: group
                  - id: women
                    type: count
                  - id: men
                    type: count
                rows:
                  - [One, 15, 12]
                  - [Two, 20, 26]
                """, "content/d.yml");
        List<Row> rows = new ArrayList<>();
        for (Row row : d.rows()) {
            List<Cell> cells = new ArrayList<>(row.cells());
            cells.set(0, Cell.category(row.label() + HOSTILE));
            rows.add(new Row(cells, row.line()));
        }
        return new Dataset(d.name(), d.file(), d.title(), d.description(), d.source(), d.period(), d.columns(), rows, d.notes(),
                d.suppression(), d.comparator(), d.warnings(), d.margins());
    }

    @Test
    void everyChartTypeIsWellFormedXml() throws Exception {
        Dataset d = hostileDataset();
        for (ChartSpec.Type type : ChartSpec.Type.values()) {
            List<Integer> series = type == ChartSpec.Type.PIE ? List.of(1) : List.of(1, 2);
            ChartSpec spec = new ChartSpec(type, "Title " + HOSTILE, "Sub", 0, series, Optional.empty(), Contrast.ANALYSIS_FUNCTION.subList(0, 3));
            String svg = ChartRenderer.svg(d, spec, "Title " + HOSTILE, "Alt " + HOSTILE);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertFalse(svg.contains("&#1;") || svg.contains("&#0;"), type + ": " + svg);
        }
    }
}
