package org.dueregard.data;

import org.dueregard.config.YamlNode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SheetValuesTest {

    private static Column column(Column.Type type) {
        return new Column("x", "X", type, "", Optional.empty(), false, Optional.empty(), 1);
    }

    private static YamlNode.Scalar text(String text, Column.Type type) {
        return SheetValues.scalarOf(SheetCell.text(text), column(type), 7);
    }

    @Test
    void numbersStoredAsTextAreReadWhenTheirMarksSuitTheColumn() {
        assertEquals(new YamlNode.Scalar("1234", YamlNode.Scalar.Kind.NUMBER, 7), text(" 1,234 ", Column.Type.COUNT));
        assertEquals(new YamlNode.Scalar("12.5", YamlNode.Scalar.Kind.NUMBER, 7), text("12.5%", Column.Type.PERCENT));
        assertEquals(new YamlNode.Scalar("10.50", YamlNode.Scalar.Kind.NUMBER, 7), text("£10.50", Column.Type.CURRENCY));
        assertEquals(new YamlNode.Scalar("-1250.5", YamlNode.Scalar.Kind.NUMBER, 7), text("-£1,250.5", Column.Type.CURRENCY));
    }

    @Test
    void otherTextIsPassedOnAsText() {
        for (String text : new String[]{"12%", "£10.50", "Under 5%", "[c]", "<5", "1,23"}) {
            assertEquals(YamlNode.Scalar.Kind.TEXT, text(text, Column.Type.COUNT).kind(), text);
        }
        assertEquals(new YamlNode.Scalar("12%", YamlNode.Scalar.Kind.TEXT, 7), text("12%", Column.Type.CATEGORY));
    }

    @Test
    void emptyCellsAndTildesAreEmpty() {
        assertEquals(YamlNode.Scalar.Kind.EMPTY, text("~", Column.Type.COUNT).kind());
        assertEquals(YamlNode.Scalar.Kind.EMPTY, SheetValues.scalarOf(SheetCell.EMPTY, column(Column.Type.COUNT), 7).kind());
    }
}
