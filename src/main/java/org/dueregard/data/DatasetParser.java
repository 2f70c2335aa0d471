package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.Suggestions;
import org.dueregard.config.YamlFields;
import org.dueregard.config.YamlNode;
import org.dueregard.config.YamlParser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads a dataset's YAML, reporting every mistake with its line and a fix, then applies its suppression rule. */
public final class DatasetParser {

    static final Set<String> KEYS = Set.of("title", "description", "source", "period", "columns", "rows", "notes",
            "suppression", "comparator", "kind", "total_row", RowsFrom.KEY, "characteristics");

    /** Reads a file next to the dataset (pay records, rows_from); empty when there is no such file. */
    public interface SiblingReader {
        /** The file's bytes, at most {@code limit} and one more when it is bigger, so a caller can refuse it unread. */
        Optional<byte[]> read(String relativePath, int limit) throws java.io.IOException;
    }

    /**
     * Parses a dataset file: a table of figures, or ({@code kind: pay-gap}) pay records worked out into the gender
     * pay gap's datasets.
     */
    public static List<Dataset> parseFile(String name, String text, String file, SiblingReader siblings)
            throws ProblemsException, java.io.IOException {
        YamlNode root = YamlParser.parse(text, file, 1);
        if (root instanceof YamlNode.Mapping mapping && mapping.entries().containsKey("kind")) {
            Problems problems = new Problems();
            YamlFields fields = new YamlFields(mapping, file, problems, "dataset");
            String kind = fields.findText("kind").orElse("");
            if (!kind.equals("pay-gap")) {
                throw new ProblemsException(Problem.error(file, fields.lineOf("kind"), "'" + kind + "' is not a kind of dataset.",
                        "Leave kind: out for a table of figures, or write kind: pay-gap for pay records."));
            }
            String records = PayGapDatasets.recordsPath(fields);
            if (records.isEmpty()) {
                throw new ProblemsException(Problem.error(file, 1, "A pay-gap dataset needs the file of pay records.",
                        "Add records: pay-records-2024.csv (sex, hourly_pay and bonus for each employee, saved beside this file)."));
            }
            String recordsFile = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) + records : records;
            Optional<byte[]> csv = siblings.read(records, PayGapDatasets.MAX_RECORDS_BYTES);
            if (csv.isEmpty()) {
                throw new ProblemsException(Problem.error(file, fields.lineOf("records"), "The pay records file '" + records + "' does not exist.",
                        "Save the CSV beside this file, or correct its name. It is never published."));
            }
            if (csv.get().length > PayGapDatasets.MAX_RECORDS_BYTES) {
                throw new ProblemsException(Problem.error(recordsFile, 0, "The pay records file is bigger than 256 MB.",
                        "Export only sex, hourly_pay and bonus for each full-pay relevant employee."));
            }
            return PayGapDatasets.of(name, file, fields, recordsFile, org.dueregard.content.SourceText.decodeUtf8(csv.get(), recordsFile));
        }
        return List.of(parse(name, root, file, siblings));
    }

    static final Set<String> COLUMN_KEYS = Set.of("id", "label", "type", "unit", "base", "whole", "compute", "published", "decimals",
            "total_of");
    static final Set<String> FUNCTIONS = Set.of("gap", "share", "difference", "ratio", "change");
    private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("\\s*([a-z]+)\\s*\\(([^)]*)\\)\\s*");
    static final Set<String> SUPPRESSION_KEYS = Set.of("threshold", "round_to", "secondary", "percent_below", "survey");
    static final Set<String> TYPES = Set.of("category", "count", "percent", "currency", "rate", "points", "text");

    private DatasetParser() {
    }

    /**
     * @param name the dataset's name (its file name without .yml)
     * @param file the file as messages name it
     */
    public static Dataset parse(String name, String text, String file) throws ProblemsException {
        return parse(name, YamlParser.parse(text, file, 1), file, (relativePath, limit) -> Optional.empty());
    }

    private static Dataset parse(String name, YamlNode root, String file, SiblingReader siblings) throws ProblemsException {
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new ProblemsException(Problem.error(file, root.line(), "A dataset should be 'key: value' lines.",
                    "Start with title:, then columns: and rows: (see the authoring guide)."));
        }
        Problems problems = new Problems();
        YamlFields fields = new YamlFields(mapping, file, problems, "dataset");
        fields.rejectUnknownKeys(KEYS);
        String title = fields.requireText("title", "Say what the figures are, for example: title: Staff in each pay quarter");
        String source = fields.requireText("source", "Say where the figures come from, for example: source: ESR payroll, 31 March 2024");
        List<Column> written = readColumns(fields);
        List<Row> rows = readRows(fields, written, siblings);
        List<Column> columns = withConsistentDecimals(written, rows);
        SuppressionRule rule = readSuppression(fields);
        if (rule.threshold() > 0) checkPercentBases(columns, fields);
        Optional<String> comparator = fields.findText("comparator");
        problems.throwIfErrors();
        List<org.dueregard.Problem> shareWarnings = new ArrayList<>();
        for (org.dueregard.Problem problem : ShareChecks.check(columns, rows, file, fields.findText("total_row"))) {
            if (problem.isError()) problems.add(problem);
            else shareWarnings.add(problem);
        }
        comparator.ifPresent(label -> {
            if (rows.stream().noneMatch(row -> Slugs.of(row.label()).equals(Slugs.of(label)))) {
                problems.add(Problem.error(file, fields.lineOf("comparator"), "The comparator '" + label + "' is not the label of any row"
                        + Suggestions.didYouMean(label, rows.stream().map(Row::label).toList()),
                        "Give the first value of the row the others are compared with, for example: comparator: Organisation overall"));
            }
        });
        problems.throwIfErrors();
        PublishedFigures.Result published = PublishedFigures.check(fields, columns, rows);
        List<org.dueregard.Problem> warnings = new ArrayList<>(published.warnings());
        warnings.addAll(shareWarnings);
        warnings.addAll(untypedNumbers(columns, rows, file, rule));
        Margins margins = MarginReader.read(fields, columns, rows);
        problems.throwIfErrors();
        List<Row> suppressed = Suppressor.apply(columns, rows, rule, margins, file, problems);
        problems.throwIfErrors();
        List<String> characteristics = readCharacteristics(fields);
        problems.throwIfErrors();
        return new Dataset(name, file, title, fields.findText("description").orElse(""), source,
                fields.findText("period").orElse(""), columns, suppressed, withCorrections(fields.findTextList("notes"), published.notes()), rule,
                comparator, warnings, margins, characteristics);
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    /**
     * A column after the first with no type whose every value is a number is shown as text and never protected by
     * suppression: most likely the author meant counts. A warning, since years or codes can be labels too.
     */
    private static List<org.dueregard.Problem> untypedNumbers(List<Column> columns, List<Row> rows, String file, SuppressionRule rule) {
        List<org.dueregard.Problem> warnings = new ArrayList<>();
        if (rows.isEmpty()) return warnings;
        for (int c = 1; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.type() != Column.Type.CATEGORY || column.isComputed()) continue;
            int index = c;
            boolean allNumbers = rows.stream().allMatch(row -> PLAIN_NUMBER.matcher(row.cell(index).text().strip()).matches());
            if (!allNumbers) continue;
            warnings.add(org.dueregard.Problem.warning(file, column.line(), "The column '" + column.id() + "' holds numbers but has no type, so they are"
                    + " shown as text" + (rule.threshold() > 0 ? " and never hidden when small" : "") + ", drawn in no chart and quoted as words.",
                    "Say what they are: type: count (people), percent, currency or rate; or type: text if they are labels."));
        }
        return warnings;
    }

    private static List<Column> readColumns(YamlFields fields) {
        List<Column> columns = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<YamlFields> items = fields.findMappingList("columns", "column");
        if (items.isEmpty() && fields.findEntry("columns").isEmpty()) {
            fields.problems().add(Problem.error(fields.file(), 1, "The dataset has no columns.",
                    "List its columns, for example:\ncolumns:\n  - id: group\n    type: category\n  - id: staff\n    type: count"));
        }
        for (YamlFields item : items) {
            item.rejectUnknownKeys(COLUMN_KEYS);
            String id = item.requireText("id", "Give the column a short name, for example: id: women");
            if (!id.isEmpty() && !ids.add(id)) {
                fields.problems().add(Problem.error(fields.file(), item.lineOf("id"), "There are two columns called '" + id + "'.",
                        "Give each column its own id."));
            }
            String typeText = item.findText("type").orElse("category").toLowerCase(Locale.ROOT);
            if (!TYPES.contains(typeText)) {
                fields.problems().add(Problem.error(fields.file(), item.lineOf("type"), "'" + typeText + "' is not a column type"
                        + Suggestions.didYouMean(typeText, TYPES), "Use one of: category, count, percent, currency, rate, points, text."));
                typeText = "category";
            }
            String label = item.findText("label").orElse(id.isEmpty() ? "" : Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('_', ' '));
            Optional<Column.Formula> formula = item.findText("compute").flatMap(text -> readFormula(text, item));
            columns.add(new Column(id, label, Column.Type.valueOf(typeText.toUpperCase(Locale.ROOT)), item.findText("unit").orElse(""),
                    item.findText("base"), item.findBoolean("whole", false), formula, item.line(), readDecimals(item)));
        }
        columns.replaceAll(column -> withTypeOfFormula(column, columns));
        for (Column column : columns) {
            column.compute().ifPresent(formula -> {
                for (String input : formula.inputs()) {
                    boolean ok = columns.stream().anyMatch(c -> c.id().equals(input) && c.type().isNumber() && !c.isComputed());
                    if (!ok) {
                        fields.problems().add(Problem.error(fields.file(), column.line(), "The column '" + column.id() + "' is computed from '"
                                + input + "', which is not a number column written in the rows" + Suggestions.didYouMeanOrStop(input, ids),
                                "Compute from columns whose values are in the rows, for example compute: gap(men, women)"));
                    }
                }
            });
            column.base().ifPresent(base -> {
                boolean isCount = columns.stream().anyMatch(c -> c.id().equals(base) && c.type() == Column.Type.COUNT);
                if (!isCount && column.fixedBase().isEmpty()) {
                    fields.problems().add(Problem.error(fields.file(), column.line(), "The column '" + column.id() + "' has base '" + base
                                    + "', which is not a count column" + Suggestions.didYouMean(base, ids),
                            "The base is the count the percentages are out of: a count column (base: respondents) or one number for the whole column (base: 240)."));
                }
            });
        }
        if (!columns.isEmpty() && columns.get(0).type() != Column.Type.CATEGORY) {
            fields.problems().add(Problem.error(fields.file(), columns.get(0).line(), "The first column should name the rows (type: category).",
                    "Put the column of labels (such as the group or the year) first."));
        }
        return List.copyOf(columns);
    }

    /**
     * A computed column may list the figures first published for it ({@code published: {2024: 19.46}}); each is
     * compared with the computed value at the published precision, and a difference is a warning: the site shows
     * the computed figure.
     */
    private static List<String> withCorrections(List<String> notes, List<String> corrections) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(corrections);
        return List.copyOf(all);
    }

    /**
     * A column of percentages or rates shows every value with the same decimals: as many as the most precise value
     * written ("50" and "5.76" show as 50.00% and 5.76%), unless the dataset says decimals:.
     */
    private static List<Column> withConsistentDecimals(List<Column> columns, List<Row> rows) {
        List<Column> out = new ArrayList<>(columns);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            boolean decimal = column.type() == Column.Type.PERCENT || column.type() == Column.Type.RATE || column.type() == Column.Type.POINTS;
            if (!decimal || column.isComputed() || column.decimals().isPresent()) continue;
            final int index = c;
            int places = rows.stream().map(row -> row.cell(index).number()).flatMap(Optional::stream)
                    .mapToInt(v -> Math.max(0, v.scale())).max().orElse(-1);
            if (places >= 0) out.set(c, column.withDecimals(Math.min(places, 6)));
        }
        return List.copyOf(out);
    }

    /** decimals: 0 to 6, the same for every value of the column. */
    private static java.util.OptionalInt readDecimals(YamlFields item) {
        if (item.findEntry("decimals").isEmpty()) return java.util.OptionalInt.empty();
        int places = item.findInteger("decimals", 1);
        if (places < 0 || places > 6) {
            item.problems().add(Problem.error(item.file(), item.lineOf("decimals"), "decimals: " + places + " is not a number of decimal places to show.",
                    "Use 0 to 6, for example decimals: 1 shows 5.8% and 50.0%."));
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(places);
    }

    /**
     * A computed column's type follows from its formula: a difference of two percentages is in percentage points
     * (never "20.4% higher"), a ratio is a plain number, a gap, share or change is a percentage.
     */
    private static Column withTypeOfFormula(Column column, List<Column> columns) {
        if (column.compute().isEmpty()) return column;
        Column.Formula formula = column.compute().get();
        boolean percentInputs = formula.inputs().stream().allMatch(input -> columns.stream()
                .anyMatch(c -> c.id().equals(input) && (c.type() == Column.Type.PERCENT || c.type() == Column.Type.POINTS)));
        Column.Type type = switch (formula.function()) {
            case "gap", "share", "change" -> Column.Type.PERCENT;
            case "ratio" -> Column.Type.RATE;
            default -> percentInputs ? Column.Type.POINTS : column.type() == Column.Type.CATEGORY ? Column.Type.RATE : column.type();
        };
        return type == column.type() ? column : new Column(column.id(), column.label(), type, column.unit(), column.base(), column.whole(),
                column.compute(), column.line(), column.decimals());
    }

    private static Optional<Column.Formula> readFormula(String text, YamlFields item) {
        java.util.regex.Matcher m = FORMULA.matcher(text);
        if (!m.matches() || !FUNCTIONS.contains(m.group(1))) {
            item.problems().add(Problem.error(item.file(), item.lineOf("compute"), "'" + text + "' is not a formula dueregard knows.",
                    "Use gap(men, women) for a pay gap, share(women, men) for a percentage of a total, difference(a, b), "
                            + "ratio(a, b) for a relative likelihood, or change(before, after) for a percentage change."));
            return Optional.empty();
        }
        List<String> inputs = java.util.Arrays.stream(m.group(2).split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        // share() takes two or more columns (a part and the others of the whole); gap() and difference() take two.
        if (inputs.size() < 2 || (!m.group(1).equals("share") && inputs.size() != 2)) {
            item.problems().add(Problem.error(item.file(), item.lineOf("compute"), "'" + text + "' needs two column names in the brackets.",
                    "For example: compute: gap(men, women)"));
            return Optional.empty();
        }
        return Optional.of(new Column.Formula(m.group(1), inputs));
    }

    /** Whether a computed value is missing because the source hid one of its inputs (then it is hidden, not unknown). */
    private static boolean computedFromHidden(Column.Formula formula, List<Column> columns, List<Cell> cells) {
        for (int c = 0; c < columns.size(); c++) {
            if (formula.inputs().contains(columns.get(c).id()) && cells.get(c).state().hidesAValue()) return true;
        }
        return false;
    }

    /** Works out computed columns at full precision from the values written in the row. */
    private static BigDecimal compute(Column.Formula formula, List<Column> columns, List<Cell> cells) {
        List<BigDecimal> values = new ArrayList<>();
        for (String input : formula.inputs()) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).id().equals(input)) {
                    Optional<BigDecimal> v = cells.get(c).number();
                    if (v.isEmpty()) return null;
                    values.add(v.get());
                }
            }
        }
        if (values.size() != formula.inputs().size()) return null; // an unknown input is reported elsewhere
        java.math.MathContext precision = java.math.MathContext.DECIMAL128;
        BigDecimal hundred = BigDecimal.valueOf(100);
        return switch (formula.function()) {
            case "gap" -> values.get(0).signum() == 0 ? null : PayGapCalculator.gap(values.get(0), values.get(1));
            case "share" -> {
                BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                yield total.signum() == 0 ? null : values.get(0).multiply(hundred).divide(total, precision);
            }
            case "ratio" -> values.get(1).signum() == 0 ? null : values.get(0).divide(values.get(1), precision);
            case "change" -> values.get(0).signum() == 0 ? null
                    : values.get(1).subtract(values.get(0)).multiply(hundred).divide(values.get(0), precision);
            default -> values.get(0).subtract(values.get(1));
        };
    }

    private static List<Row> readRows(YamlFields fields, List<Column> columns, SiblingReader siblings) {
        if (fields.findEntry(RowsFrom.KEY).isPresent()) return RowSource.read(fields, columns, siblings, sheet -> readRows(sheet, columns, siblings));
        Optional<YamlNode.Entry> entry = fields.findEntry("rows");
        List<Row> rows = new ArrayList<>();
        if (entry.isEmpty() || !(entry.get().value() instanceof YamlNode.Sequence sequence) || sequence.items().isEmpty()) {
            fields.problems().add(Problem.error(fields.file(), fields.lineOf("rows"), "The dataset has no rows.",
                    "List one row a line, values in column order, for example:\nrows:\n  - [Lower, 64, 13]"));
            return rows;
        }
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Mapping named) item = inColumnOrder(named, columns, fields);
            if (!(item instanceof YamlNode.Sequence values)) {
                if (item != null) fields.problems().add(Problem.error(fields.file(), item.line(), "Each row should be a list of values in square brackets.",
                        "Write the row as - [Lower, 64, 13], or as lines of column: value."));
                continue;
            }
            List<Column> written = columns.stream().filter(c -> !c.isComputed()).toList();
            Optional<Problem> splitLabel = FlowRows.findSplitLabel(values, written, fields.file());
            if (splitLabel.isPresent()) {
                fields.problems().add(splitLabel.get());
                continue;
            }
            if (values.items().size() != written.size()) {
                fields.problems().add(Problem.error(fields.file(), item.line(), "This row has " + values.items().size() + " values but there are "
                        + written.size() + " columns (" + String.join(", ", written.stream().map(Column::id).toList()) + ").",
                        "Give one value for each column, in order; leave a value empty with ~ if it is not known."
                                + (written.size() < columns.size() ? " Computed columns are not written in the rows." : "")));
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            int next = 0;
            for (Column column : columns) {
                cells.add(column.isComputed() ? Cell.missing() : readCell(column, values.items().get(next++), fields));
            }
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (column.isComputed()) {
                    BigDecimal value = compute(column.compute().get(), columns, cells);
                    cells.set(i, value != null ? Cell.number(value) : computedFromHidden(column.compute().get(), columns, cells)
                            ? Cell.marked(Cell.State.CONFIDENTIAL, Optional.empty()) : Cell.missing());
                }
            }
            rows.add(new Row(List.copyOf(cells), item.line()));
        }
        rejectDuplicateLabels(rows, columns, fields);
        return List.copyOf(rows);
    }

    /**
     * A row written as lines of "column: value" (easier for rows of text, such as an objective and its actions), as
     * the list of values in column order; null, with the problem reported, when a column is missing or unknown.
     */
    private static YamlNode.Sequence inColumnOrder(YamlNode.Mapping row, List<Column> columns, YamlFields fields) {
        List<String> ids = columns.stream().filter(c -> !c.isComputed()).map(Column::id).toList();
        YamlFields named = new YamlFields(row, fields.file(), fields.problems(), "row");
        named.rejectUnknownKeys(Set.copyOf(ids));
        List<YamlNode> values = new ArrayList<>();
        for (String id : ids) {
            YamlNode.Entry entry = row.entries().get(id);
            if (entry == null) {
                fields.problems().add(Problem.error(fields.file(), row.line(), "This row has no '" + id + "'.",
                        "Give every column a value (~ when it is not known): " + String.join(", ", ids) + "."));
                return null;
            }
            values.add(entry.value());
        }
        return new YamlNode.Sequence(List.copyOf(values), row.line());
    }

    /** Rows are quoted by name ({{ staff.alpha.count }}), so two rows may not share one: the quote would pick either. */
    private static void rejectDuplicateLabels(List<Row> rows, List<Column> columns, YamlFields fields) {
        if (columns.isEmpty() || columns.get(0).type() != Column.Type.CATEGORY) return;
        java.util.Map<String, Row> seen = new java.util.HashMap<>();
        for (Row row : rows) {
            Row first = seen.putIfAbsent(Slugs.of(row.label()), row);
            if (first != null) {
                fields.problems().add(Problem.error(fields.file(), row.line(), "The row '" + row.label() + "' has the same name as the row on line "
                        + first.line() + " ('" + first.label() + "'), so figures quoted from it would be ambiguous.",
                        "Give each row its own name, or add the two rows up into one."));
            }
        }
    }

    /** The largest number a dataset may hold: far beyond any public body's figures, well inside what charts can draw. */
    private static final BigDecimal LARGEST = new BigDecimal("999999999999999");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static Cell readCell(Column column, YamlNode node, YamlFields fields) {
        // In a row such as [Alpha, [c], 12], YAML reads the unquoted [c] as a list holding "c": it is the symbol.
        if (column.type().isNumber() && node instanceof YamlNode.Sequence list && list.items().size() == 1
                && list.items().get(0) instanceof YamlNode.Scalar inner && inner.text() != null) {
            Optional<Cell> symbol = CellSymbols.parse("[" + inner.text() + "]");
            if (symbol.isPresent() && symbol.get().state() != Cell.State.BELOW) return symbol.get();
        }
        if (column.type() == Column.Type.TEXT) return readText(column, node, fields);
        if (!(node instanceof YamlNode.Scalar scalar)) {
            fields.problems().add(Problem.error(fields.file(), node.line(), "A value in this row is a list or group, not a single value.",
                    "Write single values separated by commas."));
            return Cell.missing();
        }
        if (column.type() == Column.Type.CATEGORY) return Cell.category(scalar.text() == null ? "" : scalar.text().strip());
        if (scalar.kind() == YamlNode.Scalar.Kind.EMPTY || scalar.text() == null || scalar.text().isBlank()) return Cell.missing();
        if (scalar.kind() != YamlNode.Scalar.Kind.NUMBER) {
            Optional<Cell> symbol = CellSymbols.parse(scalar.text());
            if (symbol.isPresent()) return checkedBound(symbol.get(), column, scalar, fields);
            if (CellSymbols.isAmbiguous(scalar.text())) {
                fields.problems().add(Problem.error(fields.file(), node.line(), "'" + scalar.text() + "' in the column '" + column.id()
                        + "' could mean 'not available' or 'not applicable'.", "Write \"[x]\" for not available or \"[z]\" for not applicable."));
                return Cell.missing();
            }
            String plain = scalar.text().replaceAll("[£%,\\s]", "");
            String hint = plain.matches("-?\\d+(\\.\\d+)?") ? " Write " + plain + ": the column's type says it is "
                    + column.type().name().toLowerCase(Locale.ROOT) + ", and the site adds the %, £ or commas." : "";
            fields.problems().add(Problem.error(fields.file(), node.line(), "'" + scalar.text() + "' in the column '" + column.id()
                    + "' is not a number.", "Write the number alone, or a symbol for a figure the source did not give: \"[c]\" (confidential), "
                    + "\"[x]\" (not available), \"[z]\" (not applicable), \"[low]\" or a bound such as \"<5\"." + hint));
            return Cell.missing();
        }
        BigDecimal value = new BigDecimal(scalar.text());
        if (value.abs().compareTo(LARGEST) > 0 || value.stripTrailingZeros().scale() > 10) {
            fields.problems().add(Problem.error(fields.file(), node.line(), "'" + scalar.text() + "' in the column '" + column.id()
                    + "' is too " + (value.abs().compareTo(LARGEST) > 0 ? "big" : "precise") + " to publish.",
                    "Numbers may have up to 15 digits before the decimal point and 10 after it. Check the value."));
            return Cell.missing();
        }
        boolean share = column.type() == Column.Type.PERCENT
                && (column.whole() || column.base().isPresent() || column.unit().strip().toLowerCase(Locale.ROOT).startsWith("% of"));
        if (share && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            fields.problems().add(Problem.error(fields.file(), node.line(), "'" + scalar.text() + "' in the column '" + column.id()
                    + "' is not a share: a percentage of a whole is from 0 to 100.", "Check the value: it may be a count, or a typing mistake."));
        }
        if (column.type() == Column.Type.COUNT && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
            fields.problems().add(Problem.error(fields.file(), node.line(), "'" + scalar.text() + "' in the count column '" + column.id()
                    + "' is not a whole number of people or things.", "Counts are whole numbers; use type: rate or percent for other figures."));
        }
        return Cell.number(value);
    }

    /**
     * A text cell: a few lines, or a short list (kept as lines starting "- "). Text is shown as written, never as
     * Markdown or HTML.
     */
    private static Cell readText(Column column, YamlNode node, YamlFields fields) {
        if (node instanceof YamlNode.Scalar scalar) return Cell.category(scalar.text() == null ? "" : scalar.text().strip());
        if (node instanceof YamlNode.Sequence list) {
            List<String> items = new ArrayList<>();
            for (YamlNode item : list.items()) {
                if (!(item instanceof YamlNode.Scalar scalar) || scalar.text() == null) {
                    fields.problems().add(Problem.error(fields.file(), item.line(), "An item of the list in '" + column.id() + "' is not a line of text.",
                            "Write each item as one line of text, starting with a dash."));
                    return Cell.category("");
                }
                items.add("- " + scalar.text().strip().replace('\n', ' '));
            }
            return Cell.category(String.join("\n", items));
        }
        fields.problems().add(Problem.error(fields.file(), node.line(), "The value of '" + column.id() + "' is a group of keys, not text.",
                "Write text, or a list of short lines each starting with a dash."));
        return Cell.category("");
    }

    /** The protected characteristics the dataset describes (characteristics: [sex, ethnicity]), in the Act's words. */
    private static List<String> readCharacteristics(YamlFields fields) {
        List<String> found = new ArrayList<>();
        for (String word : fields.findTextList("characteristics")) {
            Optional<String> characteristic = Characteristics.find(word);
            if (characteristic.isEmpty()) {
                fields.problems().add(Problem.error(fields.file(), fields.lineOf("characteristics"), "'" + word
                                + "' is not one of the nine protected characteristics" + Suggestions.didYouMean(word, Characteristics.words()),
                        "Use: " + String.join(", ", Characteristics.ALL) + "."));
            } else if (!found.contains(characteristic.get())) {
                found.add(characteristic.get());
            }
        }
        return List.copyOf(found);
    }

    /** A bound must make sense for the column: a count under 0.5 or a share under 150% says nothing. */
    private static Cell checkedBound(Cell cell, Column column, YamlNode.Scalar scalar, YamlFields fields) {
        if (cell.bound().isEmpty()) return cell;
        BigDecimal bound = cell.bound().get();
        boolean share = column.type() == Column.Type.PERCENT && bound.compareTo(HUNDRED) > 0;
        boolean count = column.type() == Column.Type.COUNT && bound.stripTrailingZeros().scale() > 0;
        if (share || count) {
            fields.problems().add(Problem.error(fields.file(), scalar.line(), "'" + scalar.text() + "' in the column '" + column.id()
                    + "' is not a bound that column can have.", count ? "A count is under a whole number, such as <5." : "A percentage is under 100 or less, such as <5."));
        }
        return cell;
    }

    private static SuppressionRule readSuppression(YamlFields fields) {
        Optional<YamlNode.Mapping> mapping = fields.findMapping("suppression");
        if (mapping.isEmpty()) return SuppressionRule.NONE;
        YamlFields rule = new YamlFields(mapping.get(), fields.file(), fields.problems(), "suppression rule");
        rule.rejectUnknownKeys(SUPPRESSION_KEYS);
        int threshold = rule.findInteger("threshold", 10);
        int roundTo = rule.findInteger("round_to", 1);
        if (threshold < 1 || roundTo < 1) {
            fields.problems().add(Problem.error(fields.file(), rule.line(), "The suppression threshold and rounding must be 1 or more.",
                    "For example: threshold: 10 hides 1 to 9; round_to: 5 rounds the others to the nearest 5."));
        }
        String secondary = rule.findText("secondary").orElse("columns").toLowerCase(Locale.ROOT);
        SuppressionRule.Secondary mode = switch (secondary) {
            case "columns", "true", "yes" -> SuppressionRule.Secondary.COLUMNS;
            case "both", "rows and columns" -> SuppressionRule.Secondary.BOTH;
            case "none", "false", "no" -> SuppressionRule.Secondary.NONE;
            default -> {
                fields.problems().add(Problem.error(fields.file(), rule.lineOf("secondary"), "'" + secondary + "' is not a kind of secondary suppression.",
                        "Use columns (the default), both (when each row's counts add up to a known total, too) or none."));
                yield SuppressionRule.Secondary.COLUMNS;
            }
        };
        BigDecimal percentBelow = BigDecimal.ZERO;
        if (rule.findEntry("percent_below").isPresent()) {
            String text = rule.findText("percent_below").orElse("").replace("%", "").strip();
            try {
                percentBelow = new BigDecimal(text);
            } catch (NumberFormatException e) {
                percentBelow = BigDecimal.ONE.negate();
            }
            if (percentBelow.signum() <= 0 || percentBelow.compareTo(HUNDRED) >= 0) {
                fields.problems().add(Problem.error(fields.file(), rule.lineOf("percent_below"), "percent_below: '" + text + "' is not a percentage.",
                        "Give the source's rule, for example percent_below: 5 when it shows shares under 5% as 'Under 5%'."));
                percentBelow = BigDecimal.ZERO;
            }
        }
        return new SuppressionRule(threshold, roundTo, mode, percentBelow, rule.findBoolean("survey", false));
    }

    /**
     * With suppression, a typed percentage must say what it is out of: 5.0% of a team of 60 is 3 people, which the
     * threshold would hide as a count. Without a base nothing ties it to a count that can be hidden, so it is refused.
     */
    private static void checkPercentBases(List<Column> columns, YamlFields fields) {
        // Without a count in the table, a share gives no one away by arithmetic (a table of shares as published).
        if (columns.stream().noneMatch(c -> c.type() == Column.Type.COUNT)) return;
        for (Column column : columns) {
            if (column.isComputed()) continue;
            if (column.type() == Column.Type.PERCENT && column.base().isEmpty()) {
                fields.problems().add(Problem.error(fields.file(), column.line(), "The percent column '" + column.id()
                                + "' does not say what it is a percentage of, so it cannot be hidden when the people behind it are few "
                                + "(5.0% of 60 is 3 people).",
                        "Write the count instead and work the percentage out from it (compute: share(" + column.id()
                                + ", others)), so small numbers are hidden everywhere; or name the count it is out of with base: "
                                + "(base: staff, or one number such as base: 240)."));
            }
            if (column.type() == Column.Type.RATE && (column.base().isEmpty() || Suppressor.perHowMany(column).isEmpty())) {
                fields.problems().add(Problem.error(fields.file(), column.line(), "The rate column '" + column.id()
                                + "' does not say what it is a rate of, so it cannot be hidden when the people behind it are few "
                                + "(5.0 per 100 of 60 staff is 3 people).",
                        "Name the count it is out of and how many it is per: base: staff and unit: per 100 staff."));
            }
        }
    }
}
