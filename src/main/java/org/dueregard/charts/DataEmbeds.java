package org.dueregard.charts;

import org.dueregard.ProblemsException;
import org.dueregard.Problems;
import org.dueregard.Suggestions;
import org.dueregard.config.YamlFields;
import org.dueregard.config.YamlNode;
import org.dueregard.config.YamlParser;
import org.dueregard.content.Embeds;
import org.dueregard.content.SitePaths;
import org.dueregard.data.Cell;
import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.DatasetLibrary;
import org.dueregard.data.Row;
import org.dueregard.data.Slugs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts the site's datasets into pages: formatted figures in sentences, and table and chart blocks as accessible
 * figures with a CSV download beside the page. Files to write (CSVs, charts) are collected for the build.
 */
public final class DataEmbeds implements Embeds {

    static final Set<String> TABLE_KEYS = Set.of("data", "caption", "columns", "rows", "leave_out", "change");
    static final Set<String> CHART_KEYS = Set.of("data", "type", "title", "subtitle", "x", "series", "columns", "alt", "colours", "rows", "leave_out");
    static final int MAX_SERIES = 4;

    private final DatasetLibrary library;
    private final String basePath;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, java.util.Set<String>> filesByPage = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> figuresPerPage = new ConcurrentHashMap<>();
    private final ChartCache charts;
    /** Where each objectives dataset's pages are, below the base path ("equality-duty/objectives/"), by dataset name. */
    private final Map<String, String> objectivePages;

    public DataEmbeds(DatasetLibrary library, String basePath) {
        this(library, basePath, ChartCache.inMemory(), Map.of());
    }

    public DataEmbeds(DatasetLibrary library, String basePath, ChartCache charts, Map<String, String> objectivePages) {
        this.library = library;
        this.basePath = basePath;
        this.charts = charts;
        this.objectivePages = Map.copyOf(objectivePages);
    }

    /** The files made for one page's figures (CSVs and charts), by path below the output folder. */
    public java.util.Set<String> filesOf(String pageSourcePath) {
        return java.util.Set.copyOf(filesByPage.getOrDefault(pageSourcePath, java.util.Set.of()));
    }

    private void addFile(String pageSourcePath, String path, byte[] bytes) {
        files.put(path, bytes);
        filesByPage.computeIfAbsent(pageSourcePath, k -> ConcurrentHashMap.newKeySet()).add(path);
    }

    /** A file made for a page by its path below the output folder ("reports/pay-chart-1.svg"), or nothing. */
    public Optional<byte[]> findFile(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Files made for pages, by path below the output folder, to be written by the build. */
    public Map<String, byte[]> files() {
        return new java.util.TreeMap<>(files);
    }

    @Override
    public Result figure(String reference, String pageSourcePath) {
        String[] parts = reference.split("\\.", -1);
        if (parts[0].isBlank()) {
            return Result.failure("'" + reference + "' names no dataset.",
                    "Quote a figure as {{ dataset.row.column }}, for example {{ pay-quarters-2024.lower.women }}.");
        }
        Optional<Dataset> dataset = library.find(parts[0]);
        if (dataset.isEmpty()) {
            return Result.failure("There is no dataset called '" + parts[0] + "'" + library.suggestOrStop(parts[0]),
                    "Datasets are YAML files under content/; quote a figure as {{ dataset.row.column }}, for example {{ pay-quarters-2024.lower.women }}.");
        }
        Dataset d = dataset.get();
        if (parts.length == 2 && parts[1].equals("count")) { // {{ assessments.count }}: how many rows, as "73 assessments"
            return Result.of(Format.number(Column.Type.COUNT, BigDecimal.valueOf(d.rows().size())));
        }
        if (parts.length == 4 && parts[3].startsWith("change")) return ChangeQuotes.quote(d, parts, reference, library);
        if (parts.length != 3) {
            return Result.failure("'" + reference + "' should have three parts: the dataset, the row and the column.",
                    "Write it as {{ " + d.name() + "." + (d.rows().isEmpty() ? "row" : Slugs.of(d.rows().get(0).label())) + "."
                            + d.columns().get(d.columns().size() - 1).id() + " }}.");
        }
        Optional<Integer> column = d.findColumn(parts[2]);
        if (column.isEmpty() || column.get() == 0) {
            List<String> quotable = d.columns().stream().skip(1).map(Column::id).toList();
            return Result.failure("The dataset '" + d.name() + "' has no column '" + parts[2] + "' to quote" + Suggestions.didYouMeanOrStop(parts[2], quotable),
                    "Use one of: " + String.join(", ", quotable) + ".");
        }
        Column col = d.columns().get(column.get());
        if (parts[1].equals("total") && d.findRow("total").isEmpty() && col.type().isNumber()) { // a row called Total is quoted as it is
            return total(d, column.get(), col, reference);
        }
        Optional<Row> row = d.findRow(parts[1]);
        if (row.isEmpty()) {
            List<String> rows = d.rows().stream().map(r -> Slugs.of(r.label())).toList();
            return Result.failure("The dataset '" + d.name() + "' has no row '" + parts[1] + "'" + Suggestions.didYouMeanOrStop(parts[1], rows),
                    "Rows are named by their first value in lower case with hyphens: " + String.join(", ", rows) + ".");
        }
        Cell cell = row.get().cell(column.get());
        if (!col.type().isNumber()) {
            return cell.text().isEmpty() ? Result.failure("The text '" + reference + "' is empty in the dataset.", "Fill it in, or do not quote it.")
                    : Result.of(cell.text());
        }
        if (cell.state() == Cell.State.BELOW) return Result.of(Marks.inWords(col, cell)); // the bound is published, the figure is not
        if (cell.suppressed()) {
            return Result.failure("The figure '" + reference + "' is hidden because it is a small number, so it cannot be quoted.",
                    "Quote a larger group, or describe it in words without the number, so no one can be identified.");
        }
        if (cell.findNote().isPresent()) return Result.of(cell.findNote().get());
        if (cell.state() != Cell.State.VALUE) {
            return Result.failure("The figure '" + reference + "' is " + cell.state().symbol() + " in the dataset (" + cell.state().meaning()
                    + "), so there is no number to quote.", "Describe it in words instead, or quote another figure.");
        }
        return cell.published().map(v -> Result.of(col.type() == Column.Type.POINTS ? Format.difference(col, v) : Format.value(col, v)))
                .orElse(Result.failure("The figure '" + reference + "' has no value in the dataset.", "Fill it in, or do not quote it."));
    }

    private static Result total(Dataset d, int column, Column col, String reference) {
        if (col.type() != Column.Type.COUNT) {
            return Result.failure("Only count columns have a total; '" + col.id() + "' is " + col.type().name().toLowerCase() + ".",
                    "Quote one row's value instead.");
        }
        Optional<Integer> totalRow = d.margins().findExactTotalRow();
        if (totalRow.isPresent()) return quoteTotalRow(d, d.rows().get(totalRow.get()).cell(column), col, reference);
        long unknown = d.rows().stream().filter(r -> !r.cell(column).suppressed() && r.cell(column).isMarked()
                && r.cell(column).state() != Cell.State.NOT_APPLICABLE).count();
        if (unknown > 0) {
            return Result.failure("The total of '" + col.id() + "' is not known: " + unknown + " of its values " + (unknown == 1 ? "is" : "are")
                    + " not in the dataset (hidden by the source or not available).", "Quote the source's own total, as a row of the dataset, instead.");
        }
        // A total includes the hidden cells. The interval audit counted every column's total as published unless the
        // rule says the counts add up to no published total (secondary: none); then quoting one would add a fact the
        // audit never saw, so it is refused whenever the column hides a number.
        boolean hidden = d.rows().stream().anyMatch(r -> r.cell(column).suppressed());
        if (hidden && d.suppression().secondary() == org.dueregard.data.SuppressionRule.Secondary.NONE) {
            return Result.failure("The total of '" + col.id() + "' cannot be quoted: the column has hidden numbers, and the dataset says "
                    + "its counts add up to no published total (secondary: none), so nothing checked that the total gives none away.",
                    "Quote the figures that are shown, or remove secondary: none so dueregard protects the total.");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = 0; r < d.rows().size(); r++) {
            if (!d.margins().isTotalRow(r)) sum = sum.add(d.rows().get(r).cell(column).number().orElse(BigDecimal.ZERO));
        }
        int roundTo = d.suppression().roundTo();
        return Result.of(Format.number(col.type(), roundTo > 1 ? org.dueregard.data.SuppressionRule.roundTo(sum, roundTo) : sum));
    }

    /** The table's own total row, as it is shown: the sum of the other rows would count it twice. */
    private static Result quoteTotalRow(Dataset d, Cell cell, Column col, String reference) {
        if (cell.state() == Cell.State.BELOW) return Result.of(Marks.inWords(col, cell)); // the bound is published, the figure is not
        if (cell.suppressed()) {
            return Result.failure("The figure '" + reference + "' is hidden because it is a small number, so it cannot be quoted.",
                    "Quote a larger group, or describe it in words without the number, so no one can be identified.");
        }
        return cell.published().map(v -> Result.of(col.type() == Column.Type.POINTS ? Format.difference(col, v) : Format.value(col, v)))
                .orElse(Result.failure("The figure '" + reference + "' has no value in the dataset.", "Fill it in, or do not quote it."));
    }

    @Override
    public Result block(String kind, String spec, String pageFile, int line, String pageSourcePath) {
        Problems problems = new Problems();
        YamlFields fields;
        try {
            YamlNode node = YamlParser.parse(spec, pageFile, line);
            if (!(node instanceof YamlNode.Mapping mapping)) {
                return Result.failure("The " + kind + " block should be 'key: value' lines.", "Start it with data: followed by the dataset's name.");
            }
            fields = new YamlFields(mapping, pageFile, problems, kind + " block");
        } catch (ProblemsException e) {
            return Result.failure(e.problems().get(0).message(), e.problems().get(0).fix());
        }
        if (kind.equals("chart")) return chart(fields, problems, pageSourcePath);
        if (kind.equals("objectives")) return objectives(fields, problems, pageSourcePath);
        if (kind.equals("objective")) return objective(fields, problems, pageSourcePath);
        fields.rejectUnknownKeys(TABLE_KEYS);
        String data = fields.requireText("data", "Name the dataset: data: pay-quarters-2024");
        if (!problems.sorted().isEmpty()) return firstProblem(problems);
        Optional<Dataset> dataset = library.find(data);
        if (dataset.isEmpty()) {
            return Result.failure("There is no dataset called '" + data + "'" + library.suggestOrStop(data),
                    "Give the name of a YAML file under content/, without .yml.");
        }
        Optional<Dataset> withChanges = YearOnYear.withChanges(dataset.get(), fields);
        if (withChanges.isEmpty()) return firstProblem(problems);
        Optional<Dataset> chosen = chooseRows(withChanges.get(), fields);
        if (chosen.isEmpty()) return firstProblem(problems);
        Dataset d = chosen.get();
        Set<String> changeIds = Set.copyOf(fields.findTextList("change").stream().map(id -> id + YearOnYear.SUFFIX).toList());
        List<Integer> columns = new ArrayList<>();
        List<String> wanted = fields.findTextList("columns");
        if (wanted.isEmpty()) {
            for (int c = 0; c < d.columns().size(); c++) columns.add(c);
        } else {
            for (String id : wanted) {
                Optional<Integer> c = d.findColumn(id);
                if (c.isEmpty()) {
                    return Result.failure("The dataset '" + d.name() + "' has no column '" + id + "'"
                            + Suggestions.didYouMeanOrStop(id, d.columns().stream().map(Column::id).toList()),
                            "Its columns are: " + String.join(", ", d.columns().stream().map(Column::id).toList()) + ".");
                }
                columns.add(c.get());
            }
            if (columns.get(0) != 0) columns.add(0, 0);
            for (int i = columns.size() - 1; i >= 0; i--) { // each change column beside its figure
                String changeId = d.columns().get(columns.get(i)).id() + YearOnYear.SUFFIX;
                Optional<Integer> change = d.findColumn(changeId).filter(c -> changeIds.contains(changeId));
                if (change.isPresent() && !columns.contains(change.get())) columns.add(i + 1, change.get());
            }
        }
        if (!problems.sorted().isEmpty()) return firstProblem(problems);
        List<Integer> changeColumns = columns.stream().filter(c -> changeIds.contains(d.columns().get(c).id())).toList();
        String caption = fields.findText("caption").orElse(TableFigure.captionOf(d));
        String id = "figure-" + d.name() + "-" + figuresPerPage.computeIfAbsent(pageSourcePath, k -> new AtomicInteger()).incrementAndGet();
        byte[] csv = Csv.of(dataset.get()); // the download has every row, whichever the table shows
        String pageFolder = SitePaths.pageUrlPath(pageSourcePath);
        addFile(pageSourcePath, pageFolder + d.name() + ".csv", csv);
        String html = "<figure class=\"data-figure\">\n" + summaryHtml(YearOnYear.sentences(d, changeColumns)) + TableFigure.table(d, columns, caption, id)
                + TableFigure.footer(d, columns, basePath + pageFolder + d.name() + ".csv", csv.length) + "</figure>";
        return Result.of(html);
    }

    /** The sentences above a figure, or nothing. */
    private static String summaryHtml(List<String> sentences) {
        if (sentences.isEmpty()) return "";
        StringBuilder html = new StringBuilder("<div class=\"chart-summary\">\n");
        for (String sentence : sentences) html.append("<p>").append(Html.escape(sentence)).append("</p>\n");
        return html.append("</div>\n").toString();
    }

    static final Set<String> OBJECTIVES_KEYS = Set.of("data", "as_of");

    /** Objectives with their progress worked out from their measures, at the block's as_of date. */
    private Result objectives(YamlFields fields, Problems problems, String pageSourcePath) {
        fields.rejectUnknownKeys(OBJECTIVES_KEYS);
        String data = fields.requireText("data", "Name the objectives dataset: data: objectives-2025");
        Optional<java.time.LocalDate> asOf = fields.findDate("as_of");
        if (asOf.isEmpty() && problems.sorted().isEmpty()) {
            return Result.failure("The objectives block has no as_of: date, the day progress was checked.",
                    "Add as_of: with the date of the latest check, such as as_of: 2026-01-31. The page then shows the same every time it is built.");
        }
        if (!problems.sorted().isEmpty()) return firstProblem(problems);
        Optional<Dataset> dataset = library.find(data);
        if (dataset.isEmpty()) {
            return Result.failure("There is no dataset called '" + data + "'" + library.suggestOrStop(data),
                    "Give the name of a YAML file under content/, without .yml.");
        }
        String id = "figure-" + dataset.get().name() + "-" + figuresPerPage.computeIfAbsent(pageSourcePath, k -> new AtomicInteger()).incrementAndGet();
        Optional<String> pages = Optional.ofNullable(objectivePages.get(dataset.get().name())).map(path -> basePath + path);
        return ObjectivesFigure.of(dataset.get(), library, asOf.get(), id, pages);
    }

    static final Set<String> OBJECTIVE_KEYS = Set.of("data", "objective", "as_of");

    /** One objective's page: what it is, its progress and how it was worked out, and its figures over the years. */
    private Result objective(YamlFields fields, Problems problems, String pageSourcePath) {
        fields.rejectUnknownKeys(OBJECTIVE_KEYS);
        String data = fields.requireText("data", "Name the objectives dataset: data: objectives-2025");
        String address = fields.requireText("objective", "Name the objective by its address: objective: patients");
        Optional<java.time.LocalDate> asOf = fields.findDate("as_of");
        if (!problems.sorted().isEmpty()) return firstProblem(problems);
        if (asOf.isEmpty()) return Result.failure("The objective block has no as_of: date.", "Add as_of: with the date progress was checked, such as as_of: 2026-01-31.");
        Optional<Dataset> dataset = library.find(data);
        if (dataset.isEmpty()) return Result.failure("There is no dataset called '" + data + "'.", "Give the name of a YAML file under content/, without .yml.");
        Optional<Row> row = org.dueregard.data.ObjectiveAddresses.find(dataset.get(), address);
        if (row.isEmpty()) return Result.failure("The dataset '" + data + "' has no objective '" + address + "'.", "Name one of its objectives.");
        ObjectivePageFigure.Parts parts;
        try {
            parts = ObjectivePageFigure.of(dataset.get(), row.get(), library, asOf.get());
        } catch (IllegalArgumentException e) {
            return Result.failure("The objective '" + row.get().label() + "' (" + dataset.get().file() + ", line " + row.get().line() + "): " + e.getMessage(),
                    "Write measure: as dataset.column (a dataset whose rows are years), baseline: as one of its rows, target: as a number, "
                            + "and start: and due: as dates such as 2025-04-01.");
        }
        String history = parts.history().map(h -> h.dataset().columns().get(0).type() == Column.Type.CATEGORY
                ? chartFigure(h.dataset(), h.dataset(), h.spec(), pageSourcePath, Optional.of(new ShownTable(h.table(), h.columns())))
                : table(h.table(), h.dataset(), h.columns(), pageSourcePath)).orElse("");
        return Result.of(parts.before() + history + parts.after());
    }

    /** A table figure of chosen columns of a dataset, with "Compared with" sentences for its change columns and the download of {@code all}. */
    private String table(Dataset d, Dataset all, List<Integer> columns, String pageSourcePath) {
        String id = "figure-" + d.name() + "-" + figuresPerPage.computeIfAbsent(pageSourcePath, k -> new AtomicInteger()).incrementAndGet();
        String pageFolder = SitePaths.pageUrlPath(pageSourcePath);
        byte[] csv = Csv.of(all);
        addFile(pageSourcePath, pageFolder + d.name() + ".csv", csv);
        List<Integer> changes = columns.stream().filter(c -> d.columns().get(c).id().endsWith(YearOnYear.SUFFIX)).toList();
        return "<figure class=\"data-figure\">\n" + summaryHtml(YearOnYear.sentences(d, changes)) + TableFigure.table(d, columns, TableFigure.captionOf(d), id)
                + TableFigure.footer(d, columns, basePath + pageFolder + d.name() + ".csv", csv.length) + "</figure>";
    }

    private Result chart(YamlFields fields, Problems problems, String pageSourcePath) {
        fields.rejectUnknownKeys(CHART_KEYS);
        String data = fields.requireText("data", "Name the dataset: data: pay-quarters-2024");
        String title = fields.requireText("title", "Give the chart a headline that states its message, for example: "
                + "title: Women are most of the staff in every pay quarter");
        String typeName = fields.findText("type").orElse("bar");
        if (!problems.sorted().isEmpty()) return firstProblem(problems);
        Optional<ChartSpec.Type> type = ChartSpec.Type.find(typeName);
        if (type.isEmpty()) {
            return Result.failure("'" + typeName + "' is not a chart type" + Suggestions.didYouMeanOrStop(typeName, ChartSpec.Type.names()),
                    "Use one of: " + String.join(", ", ChartSpec.Type.names()) + ".");
        }
        Optional<Dataset> dataset = library.find(data);
        if (dataset.isEmpty()) {
            return Result.failure("There is no dataset called '" + data + "'" + library.suggestOrStop(data),
                    "Give the name of a YAML file under content/, without .yml.");
        }
        Optional<Dataset> chosen = chooseRows(dataset.get(), fields);
        if (chosen.isEmpty()) return firstProblem(problems);
        Dataset d = chosen.get();
        List<String> ids = d.columns().stream().map(Column::id).toList();
        String xName = fields.findText("x").orElse(d.columns().get(0).id());
        Optional<Integer> x = d.findColumn(xName);
        if (x.isEmpty() || d.columns().get(x.get()).type() != Column.Type.CATEGORY) {
            return Result.failure("The chart's x column '" + xName + "' is not a category column of '" + d.name() + "'"
                    + Suggestions.didYouMeanOrStop(xName, ids), "Use the column that names the groups or years, such as " + ids.get(0) + ".");
        }
        List<Integer> series = new ArrayList<>();
        if (fields.findEntry("series").isPresent() && fields.findEntry("columns").isPresent()) {
            return Result.failure("The chart has both series: and columns:, which mean the same.", "Keep one of them.");
        }
        List<String> wanted = fields.findEntry("series").isPresent() ? fields.findTextList("series") : fields.findTextList("columns");
        if (wanted.isEmpty()) {
            for (int c = 0; c < d.columns().size(); c++) if (d.columns().get(c).type().isNumber()) series.add(c);
        }
        for (String id : wanted) {
            Optional<Integer> c = d.findColumn(id);
            if (c.isEmpty() || !d.columns().get(c.get()).type().isNumber()) {
                return Result.failure("The chart names the column '" + id + "', which is not a number column of '" + d.name() + "'"
                        + Suggestions.didYouMeanOrStop(id, ids), "Its number columns are: "
                        + String.join(", ", d.columns().stream().filter(col -> col.type().isNumber()).map(Column::id).toList()) + ".");
            }
            series.add(c.get());
        }
        if (series.isEmpty()) return Result.failure("The dataset '" + d.name() + "' has no number columns to draw.", "Show it as a table instead.");
        if (series.size() > MAX_SERIES) {
            return Result.failure("The chart has " + series.size() + " series; more than " + MAX_SERIES + " are hard to tell apart.",
                    "Choose up to " + MAX_SERIES + " with series: [a, b], or show the data as a table.");
        }
        if (type.get() == ChartSpec.Type.PYRAMID && series.size() != 2) {
            return Result.failure("A population pyramid needs exactly two series (for example men and women); this one has " + series.size() + ".",
                    "Name them with series: [men, women].");
        }
        if (type.get() == ChartSpec.Type.PIE && (d.rows().size() > 3 || series.size() > 1)) {
            return Result.failure("A pie chart can show 2 or 3 parts of one whole; this one would have " + d.rows().size() + " slices.",
                    "Use type: bar (or stacked-percent for shares), which people read more accurately.");
        }
        if (type.get() == ChartSpec.Type.PIE && d.rows().stream().map(r -> r.cell(series.get(0)).published().orElse(java.math.BigDecimal.ZERO))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).signum() <= 0) {
            return Result.failure("A pie chart needs a whole to share out, but the shown values of '" + d.columns().get(series.get(0)).id()
                    + "' add up to nothing (they are zero, missing or hidden).", "Say it in words instead, or show the data as a table.");
        }
        List<String> colours = fields.findTextList("colours");
        int needed = Math.max(series.size(), type.get() == ChartSpec.Type.PIE ? d.rows().size() : 1);
        if (colours.isEmpty()) colours = Contrast.ANALYSIS_FUNCTION.subList(0, needed);
        if (colours.size() < needed) {
            return Result.failure("The chart lists " + colours.size() + " colour" + (colours.size() == 1 ? "" : "s") + " for " + needed
                    + (type.get() == ChartSpec.Type.PIE ? " slices." : " series."), "Give one colour for each, in order, or leave out colours: to use the default palette.");
        }
        for (String colour : colours) {
            if (Contrast.parse(colour).isEmpty()) return Result.failure("'" + colour + "' is not a colour.", "Write colours as #rrggbb, for example #12436D.");
        }
        Optional<String> contrast = Contrast.findProblem(colours);
        if (contrast.isPresent()) {
            return Result.failure(contrast.get(), "Use the default palette (leave out colours:), or darker colours in an order where neighbours differ.");
        }
        if (!problems.sorted().isEmpty()) return firstProblem(problems);
        String subtitle = fields.findText("subtitle").orElse(d.description().isEmpty() ? TableFigure.captionOf(d) : d.description());
        ChartSpec spec = new ChartSpec(type.get(), title, subtitle, x.get(), List.copyOf(series), fields.findText("alt"), colours);
        return Result.of(chartFigure(d, dataset.get(), spec, pageSourcePath));
    }

    /** A table shown in full under a chart, in place of the chart's own data table (which is folded away). */
    private record ShownTable(Dataset dataset, List<Integer> columns) {
    }

    private String chartFigure(Dataset d, Dataset all, ChartSpec spec, String pageSourcePath) {
        return chartFigure(d, all, spec, pageSourcePath, Optional.empty());
    }

    /**
     * @param all   the whole dataset, for the download; {@code d} has the rows the chart shows
     * @param shown a table to show in full under the chart (an objective's figures with their change each year)
     */
    private String chartFigure(Dataset d, Dataset all, ChartSpec spec, String pageSourcePath, Optional<ShownTable> shown) {
        String alt = ChartText.alt(d, spec);
        List<String> summary = ChartText.summary(d, spec);
        int number = figuresPerPage.computeIfAbsent(pageSourcePath, k -> new AtomicInteger()).incrementAndGet();
        String id = "figure-" + d.name() + "-" + number;
        String pageFolder = SitePaths.pageUrlPath(pageSourcePath);
        java.util.Map<ChartLayout, ChartSvg> drawings = new java.util.EnumMap<>(ChartLayout.class);
        for (ChartLayout layout : ChartLayout.values()) {
            ChartSvg drawing = charts.findOrRender(d, spec, layout, () -> ChartRenderer.draw(d, spec, layout, spec.title(), alt));
            drawings.put(layout, drawing);
            addFile(pageSourcePath, pageFolder + chartFile(d, number, layout), drawing.svg().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] csv = Csv.of(all);
        addFile(pageSourcePath, pageFolder + d.name() + ".csv", csv);
        List<Integer> tableColumns = new ArrayList<>();
        tableColumns.add(spec.x());
        tableColumns.addAll(spec.series());
        StringBuilder html = new StringBuilder("<figure class=\"chart-figure\" aria-labelledby=\"" + id + "-title\">\n");
        html.append("<figcaption id=\"").append(id).append("-title\"><span class=\"chart-title\">").append(Html.escape(spec.title()))
                .append("</span> <span class=\"chart-subtitle\">").append(Html.escape(spec.subtitle())).append("</span></figcaption>\n");
        // Two drawings of one chart: a phone gets the narrow one, which fits its screen with text of at least 12 px, so
        // nothing scrolls sideways and there is no box to tab to.
        ChartSvg narrow = drawings.get(ChartLayout.NARROW);
        ChartSvg wide = drawings.get(ChartLayout.WIDE);
        html.append("<picture class=\"chart-picture\"><source media=\"").append(ChartLayout.NARROW_MEDIA).append("\" srcset=\"")
                .append(Html.escape(basePath + pageFolder + chartFile(d, number, ChartLayout.NARROW))).append("\" width=\"").append(narrow.width())
                .append("\" height=\"").append(narrow.height()).append("\">")
                .append("<img class=\"chart-image\" src=\"").append(Html.escape(basePath + pageFolder + chartFile(d, number, ChartLayout.WIDE)))
                .append("\" alt=\"").append(Html.escape(alt)).append("\" width=\"").append(wide.width()).append("\" height=\"").append(wide.height())
                .append("\"></picture>\n");
        if (!summary.isEmpty()) {
            html.append("<div class=\"chart-summary\">\n");
            for (String sentence : summary) html.append("<p>").append(Html.escape(sentence)).append("</p>\n");
            html.append("</div>\n");
        }
        if (shown.isPresent()) {
            Dataset table = shown.get().dataset();
            List<Integer> changes = shown.get().columns().stream().filter(c -> table.columns().get(c).id().endsWith(YearOnYear.SUFFIX)).toList();
            html.append(summaryHtml(YearOnYear.sentences(table, changes))).append(TableFigure.table(table, shown.get().columns(), TableFigure.captionOf(table), id))
                    .append(TableFigure.footer(table, shown.get().columns(), basePath + pageFolder + d.name() + ".csv", csv.length)).append("</figure>");
            return html.toString();
        }
        html.append("<details class=\"chart-data\">\n<summary>Show the data as a table</summary>\n")
                .append(TableFigure.table(d, tableColumns, TableFigure.captionOf(d), id))
                .append("</details>\n");
        html.append(TableFigure.footer(d, tableColumns, basePath + pageFolder + d.name() + ".csv", csv.length)).append("</figure>");
        return html.toString();
    }

    private static String chartFile(Dataset d, int number, ChartLayout layout) {
        return d.name() + "-chart-" + number + layout.fileSuffix + ".svg";
    }

    /**
     * The rows a block shows: rows: names them in order, leave_out: names rows to leave out (a "Grand total" kept in
     * the table but not drawn in the chart). An unknown name is a problem, with the nearest row name.
     */
    private static Optional<Dataset> chooseRows(Dataset d, YamlFields fields) {
        List<String> only = fields.findTextList("rows");
        List<String> without = fields.findTextList("leave_out");
        if (!only.isEmpty() && !without.isEmpty()) {
            fields.problems().add(org.dueregard.Problem.error(fields.file(), fields.lineOf("leave_out"), "The block has both rows: and leave_out:.",
                    "Use rows: to list the rows to show, or leave_out: to list the rows not to show."));
            return Optional.empty();
        }
        List<String> names = d.rows().stream().map(Row::label).toList();
        for (String name : only.isEmpty() ? without : only) {
            if (d.findRow(name).isEmpty()) {
                fields.problems().add(org.dueregard.Problem.error(fields.file(), fields.lineOf(only.isEmpty() ? "leave_out" : "rows"),
                        "The dataset '" + d.name() + "' has no row '" + name + "'" + Suggestions.didYouMeanOrStop(name, names),
                        "Name rows by their first value: " + String.join(", ", names) + "."));
                return Optional.empty();
            }
        }
        if (!only.isEmpty()) return Optional.of(d.withRows(only.stream().map(name -> d.findRow(name).orElseThrow()).toList()));
        if (without.isEmpty()) return Optional.of(d);
        java.util.Set<String> left = without.stream().map(Slugs::of).collect(java.util.stream.Collectors.toSet());
        List<Row> kept = d.rows().stream().filter(row -> !left.contains(Slugs.of(row.label()))).toList();
        if (kept.isEmpty()) {
            fields.problems().add(org.dueregard.Problem.error(fields.file(), fields.lineOf("leave_out"), "leave_out: leaves no rows to show.",
                    "Leave out fewer rows."));
            return Optional.empty();
        }
        return Optional.of(d.withRows(kept));
    }

    private static Result firstProblem(Problems problems) {
        var first = problems.sorted().get(0);
        return Result.failure(first.message(), first.fix());
    }
}
