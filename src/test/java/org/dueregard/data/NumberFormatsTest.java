package org.dueregard.data;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberFormatsTest {

    @Test
    void datesAreToldFromNumbers() {
        assertTrue(NumberFormats.isDate(14, "mm-dd-yy"));
        assertTrue(NumberFormats.isDate(165, "d mmm yyyy"));
        assertTrue(NumberFormats.isDate(166, "[$-809]dd/mm/yyyy;@"));
        assertFalse(NumberFormats.isDate(164, "0.0%"));
        assertFalse(NumberFormats.isDate(3, "#,##0"));
        assertFalse(NumberFormats.isDate(167, "[$£-809]#,##0.00"));
        assertFalse(NumberFormats.isDate(168, "_-* #,##0_-;-* #,##0_-;_-* \"-\"_-;_-@_-"));
        assertFalse(NumberFormats.isDate(169, "0 \"days\""));
        assertFalse(NumberFormats.isDate(0, "General"));
    }

    @Test
    void percentagesAreFound() {
        assertTrue(NumberFormats.isPercent("0.0%"));
        assertFalse(NumberFormats.isPercent("0.0\"%\""));
        assertFalse(NumberFormats.isPercent(null));
    }

    @Test
    void datesAreWrittenAsTheFormatShowsThem() {
        LocalDateTime date = LocalDateTime.of(2025, 3, 31, 0, 0);
        assertEquals("31 March 2025", NumberFormats.dateText(date, "dd/mm/yyyy"));
        assertEquals("March 2025", NumberFormats.dateText(date, "mmm-yy"));
        assertEquals("2025", NumberFormats.dateText(date, "yyyy"));
    }

    @Test
    void decimalPlacesShownAreCounted() {
        assertEquals(java.util.OptionalInt.of(1), NumberFormats.decimals("0.0%"));
        assertEquals(java.util.OptionalInt.of(0), NumberFormats.decimals("#,##0"));
        assertEquals(java.util.OptionalInt.of(2), NumberFormats.decimals("[$£-809]#,##0.00;[Red]-[$£-809]#,##0.00"));
        assertEquals(java.util.OptionalInt.empty(), NumberFormats.decimals("General"));
        assertEquals(java.util.OptionalInt.empty(), NumberFormats.decimals("0.00E+00"));
        assertEquals(java.util.OptionalInt.empty(), NumberFormats.decimals("# ?/?"));
        assertEquals(java.util.OptionalInt.empty(), NumberFormats.decimals(null));
    }

    @Test
    void binaryNoiseIsRoundedAway() {
        assertEquals("0.3", NumberFormats.plain(new BigDecimal("0.30000000000000004")));
        assertEquals("12", NumberFormats.plain(new BigDecimal("12.000")));
        assertEquals("1200", NumberFormats.plain(new BigDecimal("1.2E+3")));
        assertEquals("33.3333333333", NumberFormats.plain(new BigDecimal("33.33333333333333")));
    }
}
