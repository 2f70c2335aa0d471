package org.dueregard.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small .xlsx workbooks for tests and the sample site, part by part, as Excel lays them out: shared strings,
 * a styles part with a percentage, a date and a thousands format, formulas with their saved results. Any part can be
 * replaced or added raw, to make damaged and hostile workbooks. The output is the same on every run.
 *
 * <pre>
 * byte[] xlsx = Workbooks.create().sheet("Bands", List.of(
 *         List.of("Band", "Women", "Men"),
 *         List.of("Band 2", 12, Workbooks.percent("0.25")))).bytes();
 * </pre>
 */
public final class Workbooks {

    /** A cell with a number format: percentage (0.0%), date (d mmm yyyy) or thousands (#,##0). */
    public record Formatted(Object value, int style) {
    }

    /** A formula and the result saved with it; a null result saves none. */
    public record Formula(String formula, Object result) {
    }

    /** A cell holding an error value such as #DIV/0!, from a formula. */
    public record ErrorValue(String code) {
    }

    private static final int PERCENT = 1;
    private static final int DATE = 2;
    private static final int THOUSANDS = 3;

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    private final Map<String, byte[]> rawParts = new LinkedHashMap<>();
    private final List<String> strings = new ArrayList<>();

    private Workbooks() {
    }

    public static Workbooks create() {
        return new Workbooks();
    }

    public static Formatted percent(String fraction) {
        return new Formatted(new BigDecimal(fraction), PERCENT);
    }

    public static Formatted date(LocalDate date) {
        return new Formatted(BigDecimal.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date)), DATE);
    }

    public static Formatted thousands(long value) {
        return new Formatted(BigDecimal.valueOf(value), THOUSANDS);
    }

    public static Formula formula(String formula, Object result) {
        return new Formula(formula, result);
    }

    /** Adds a sheet; each row is a list of cells (null for an empty cell) from column A. */
    public Workbooks sheet(String name, List<List<Object>> rows) {
        sheets.put(name, rows);
        return this;
    }

    /** Replaces or adds a part, such as "xl/sharedStrings.xml", as these bytes. */
    public Workbooks part(String name, byte[] bytes) {
        rawParts.put(name, bytes);
        return this;
    }

    public Workbooks part(String name, String text) {
        return part(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of the workbook, in order, before zipping. */
    public Map<String, byte[]> parts() {
        strings.clear();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        List<String> sheetXml = new ArrayList<>();
        for (List<List<Object>> rows : sheets.values()) sheetXml.add(sheetXml(rows));
        put(parts, "[Content_Types].xml", contentTypes());
        put(parts, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
        put(parts, "xl/workbook.xml", workbook());
        put(parts, "xl/_rels/workbook.xml.rels", workbookRels());
        put(parts, "xl/styles.xml", STYLES);
        for (int i = 0; i < sheetXml.size(); i++) put(parts, "xl/worksheets/sheet" + (i + 1) + ".xml", sheetXml.get(i));
        put(parts, "xl/sharedStrings.xml", sharedStrings());
        parts.putAll(rawParts);
        return parts;
    }

    /** The workbook as an .xlsx file. */
    public byte[] bytes() {
        return zip(parts());
    }

    /** Zips parts with fixed times, so the same parts always give the same bytes. */
    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTimeLocal(LocalDateTime.of(2025, 4, 1, 0, 0));
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * This workbook with one part replaced by {@code start} and then {@code repeated} until it is {@code size} bytes
     * unpacked: a zip bomb, about a thousand times smaller packed than unpacked.
     */
    public byte[] bombBytes(String name, String start, String repeated, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts().entrySet()) {
                if (part.getKey().equals(name)) continue;
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(start.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = repeated.repeat(Math.max(1, 64 * 1024 / repeated.length())).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < size; written += chunk.length) zip.write(chunk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(Map<String, byte[]> parts, String name, String text) {
        parts.put(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>\n").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        int i = 1;
        for (String name : sheets.keySet()) {
            xml.append("<sheet name=\"").append(escape(name)).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
            i++;
        }
        return xml.append("</sheets></workbook>\n").toString();
    }

    private String workbookRels() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        int i = 1;
        for (; i <= sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" ")
                    .append("Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(i++).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" ")
                .append("Target=\"styles.xml\"/>");
        xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" ")
                .append("Target=\"sharedStrings.xml\"/>");
        return xml.append("</Relationships>\n").toString();
    }

    private String sheetXml(List<List<Object>> rows) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r) == null) continue;
            xml.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value != null) xml.append(cell(columnName(c + 1) + (r + 1), value));
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>\n").toString();
    }

    private String cell(String ref, Object value) {
        if (value instanceof Formatted formatted) return "<c r=\"" + ref + "\" s=\"" + formatted.style() + "\"><v>" + formatted.value() + "</v></c>";
        if (value instanceof Number number) return "<c r=\"" + ref + "\"><v>" + number + "</v></c>";
        if (value instanceof Boolean b) return "<c r=\"" + ref + "\" t=\"b\"><v>" + (b ? 1 : 0) + "</v></c>";
        if (value instanceof ErrorValue error) return "<c r=\"" + ref + "\" t=\"e\"><f>1/0</f><v>" + escape(error.code()) + "</v></c>";
        if (value instanceof Formula formula) {
            String f = "<f>" + escape(formula.formula()) + "</f>";
            Object result = formula.result();
            if (result == null) return "<c r=\"" + ref + "\">" + f + "</c>";
            if (result instanceof Formatted formatted) {
                return "<c r=\"" + ref + "\" s=\"" + formatted.style() + "\">" + f + "<v>" + formatted.value() + "</v></c>";
            }
            if (result instanceof Number) return "<c r=\"" + ref + "\">" + f + "<v>" + result + "</v></c>";
            return "<c r=\"" + ref + "\" t=\"str\">" + f + "<v>" + escape(result.toString()) + "</v></c>";
        }
        int index = strings.indexOf(value.toString());
        if (index < 0) {
            strings.add(value.toString());
            index = strings.size() - 1;
        }
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    private String sharedStrings() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + strings.size() + "\" uniqueCount=\""
                + strings.size() + "\">");
        for (String text : strings) xml.append("<si><t xml:space=\"preserve\">").append(escape(text)).append("</t></si>");
        return xml.append("</sst>\n").toString();
    }

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="d mmm yyyy"/></numFmts>\
            <fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
            """;

    /** "A" for 1, "AA" for 27. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) name.insert(0, (char) ('A' + (n - 1) % 26));
        return name.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
