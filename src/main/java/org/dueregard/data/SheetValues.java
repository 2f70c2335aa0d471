package org.dueregard.data;

import org.dueregard.config.YamlNode;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a cell of a sheet or CSV file into the value a YAML row would hold, so that both are read by the same rules
 * (and the same messages) in {@link DatasetParser}. A number column takes a number stored as text when its marks
 * agree with the column: "1,234" anywhere, "12%" in a percent column, "£10.50" in a currency column. Any other
 * text ("[c]", "<5", "Under 5%", "abc") is passed on as text, as if quoted in YAML; an empty cell or ~ is empty.
 */
final class SheetValues {

    private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern THOUSANDS = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

    private SheetValues() {
    }

    /** The value for {@code column}, carrying {@code line} so that a problem with it can be traced to the cell. */
    static YamlNode.Scalar scalarOf(SheetCell cell, Column column, int line) {
        String text = cell.text().strip();
        if (cell.isEmpty() || text.isEmpty() || text.equals("~")) return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.EMPTY, line);
        if (column.type() == Column.Type.CATEGORY) return new YamlNode.Scalar(text, YamlNode.Scalar.Kind.TEXT, line);
        if (cell.kind() == SheetCell.Kind.NUMBER) return new YamlNode.Scalar(text, YamlNode.Scalar.Kind.NUMBER, line);
        if (cell.kind() == SheetCell.Kind.TEXT) {
            Optional<String> number = numberIn(text, column.type());
            if (number.isPresent()) return new YamlNode.Scalar(number.get(), YamlNode.Scalar.Kind.NUMBER, line);
        }
        return new YamlNode.Scalar(text, YamlNode.Scalar.Kind.TEXT, line);
    }

    /** The plain number in text such as "1,234", "12%" or "£10.50", when its marks suit a column of {@code type}. */
    static Optional<String> numberIn(String text, Column.Type type) {
        String number = text.strip();
        if (number.endsWith("%")) {
            if (type != Column.Type.PERCENT) return Optional.empty();
            number = number.substring(0, number.length() - 1).strip();
        }
        String sign = number.startsWith("-") ? "-" : "";
        String unsigned = number.substring(sign.length());
        if (unsigned.startsWith("£")) {
            if (type != Column.Type.CURRENCY) return Optional.empty();
            number = sign + unsigned.substring(1);
        }
        if (number.startsWith("£-") && type == Column.Type.CURRENCY) number = number.substring(1);
        if (PLAIN.matcher(number).matches()) return Optional.of(number);
        if (THOUSANDS.matcher(number).matches()) return Optional.of(number.replace(",", ""));
        return Optional.empty();
    }
}
