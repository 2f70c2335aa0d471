package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.config.YamlFields;
import org.dueregard.config.YamlNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Figures as a report first printed them ({@code published:} under a computed column), compared with what the data
 * gives at the printed precision. A difference is a warning, unless the figure says why it was corrected:
 * {@code 2024: {figure: 19.46, corrected: "reason"}}. Each acknowledged correction becomes a note shown under the
 * dataset's tables and charts and in its download, so readers see what changed and why.
 */
final class PublishedFigures {

    /** @param notes sentences for the dataset's notes, one for each acknowledged correction */
    record Result(List<Problem> warnings, List<String> notes) {
    }

    private record Figure(BigDecimal printed, Optional<String> reason, int line) {
    }

    private PublishedFigures() {
    }

    static Result check(YamlFields fields, List<Column> columns, List<Row> rows) {
        List<Problem> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<YamlNode.Entry> columnsEntry = fields.findEntry("columns");
        if (columnsEntry.isEmpty() || !(columnsEntry.get().value() instanceof YamlNode.Sequence sequence)) return new Result(warnings, notes);
        for (int c = 0; c < columns.size() && c < sequence.items().size(); c++) {
            Column column = columns.get(c);
            if (!(sequence.items().get(c) instanceof YamlNode.Mapping mapping)) continue;
            YamlNode.Entry published = mapping.entries().get("published");
            if (published == null) continue;
            if (!column.isComputed() || !(published.value() instanceof YamlNode.Mapping values)) {
                fields.problems().add(Problem.error(fields.file(), published.keyLine(), "'published' belongs to a computed column and lists figures by row.",
                        "For example, under a column with compute: write published: {2024: 19.46}"));
                continue;
            }
            for (YamlNode.Entry entry : values.entries().values()) {
                Optional<Row> row = rows.stream().filter(r -> Slugs.of(r.label()).equals(Slugs.of(entry.key()))).findFirst();
                Optional<Figure> figure = readFigure(fields, entry);
                if (row.isEmpty() || figure.isEmpty()) {
                    fields.problems().add(Problem.error(fields.file(), entry.keyLine(), "The published figure for '" + entry.key()
                            + "' needs a row of that name and a number.", "Write the row's first value and the figure as printed, such as 2024: 19.46"));
                    continue;
                }
                final int col = c;
                row.get().cell(col).number().ifPresent(computed -> compare(fields, column, entry.key(), figure.get(), computed, warnings, notes));
            }
        }
        return new Result(warnings, notes);
    }

    /** A number, or a mapping of the number (figure:) and why it was corrected (corrected:). */
    private static Optional<Figure> readFigure(YamlFields fields, YamlNode.Entry entry) {
        if (entry.value() instanceof YamlNode.Scalar scalar) {
            return scalar.kind() == YamlNode.Scalar.Kind.NUMBER ? Optional.of(new Figure(new BigDecimal(scalar.text()), Optional.empty(), entry.keyLine()))
                    : Optional.empty();
        }
        if (!(entry.value() instanceof YamlNode.Mapping mapping)) return Optional.empty();
        for (String key : mapping.entries().keySet()) {
            if (!key.equals("figure") && !key.equals("corrected")) {
                fields.problems().add(Problem.error(fields.file(), mapping.entries().get(key).keyLine(), "A published figure has 'figure' and 'corrected', not '" + key + "'.",
                        "Write it as 2024: {figure: 19.46, corrected: \"why the figure here is different\"}"));
            }
        }
        YamlNode.Entry number = mapping.entries().get("figure");
        YamlNode.Entry reason = mapping.entries().get("corrected");
        if (number == null || !(number.value() instanceof YamlNode.Scalar n) || n.kind() != YamlNode.Scalar.Kind.NUMBER) return Optional.empty();
        Optional<String> why = reason != null && reason.value() instanceof YamlNode.Scalar r && !r.text().isBlank() ? Optional.of(r.text().strip()) : Optional.empty();
        return Optional.of(new Figure(new BigDecimal(n.text()), why, entry.keyLine()));
    }

    private static void compare(YamlFields fields, Column column, String rowName, Figure figure, BigDecimal computed,
                                List<Problem> warnings, List<String> notes) {
        BigDecimal atSamePrecision = computed.setScale(Math.max(0, figure.printed().scale()), RoundingMode.HALF_UP);
        boolean differs = atSamePrecision.compareTo(figure.printed()) != 0;
        if (differs && figure.reason().isPresent()) {
            String reason = figure.reason().get();
            notes.add(column.label() + ", " + rowName + ": first published as " + shown(column, figure.printed()) + "; worked out from the data it is "
                    + shown(column, atSamePrecision) + ". " + reason + (reason.endsWith(".") ? "" : "."));
        } else if (differs) {
            warnings.add(Problem.warning(fields.file(), figure.line(), "The figure first published for " + rowName + " in '" + column.id() + "' ("
                            + figure.printed().toPlainString() + ") is not what the data gives (" + atSamePrecision.toPlainString() + "); the site shows the computed figure.",
                    "Check the source figures. If the data is right, say why it was corrected: " + rowName + ": {figure: "
                            + figure.printed().toPlainString() + ", corrected: \"...\"}; the reason is shown under the dataset's tables and charts."));
        } else if (figure.reason().isPresent()) {
            warnings.add(Problem.warning(fields.file(), figure.line(), "The figure first published for " + rowName + " in '" + column.id()
                    + "' is what the data gives, so it was not corrected.", "Remove corrected:, or check the figure."));
        }
    }

    private static String shown(Column column, BigDecimal value) {
        return switch (column.type()) {
            case PERCENT -> value.toPlainString() + "%";
            case CURRENCY -> "£" + value.toPlainString();
            default -> value.toPlainString();
        };
    }
}
