package org.dueregard.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF documents a build makes from report pages: tagged PDF/UA-1, deterministic, and never a hidden figure. */
class PdfDocumentsTest {

    @TempDir
    Path folder;

    private static final String REPORT = """
            -- content/reports/pay-gap.md --
            ---
            title: Gender pay gap report 2024
            summary: Our median gender pay gap fell to 19.5%.
            date: 2025-03-28
            updated: 2025-04-02
            review_by: 2026-03-30
            layout: report
            ---
            ## What the gap is

            The gap compares the average hourly pay of men and women. Read the [national guidance](https://www.gov.uk/).

            - Mean gap: 27.7%
            - Median gap: 19.5%

            ### How we work it out

            | Pay quarter  | Women | Men |
            |--------------|------:|----:|
            | Lower        |    64 |  13 |
            | Upper        |    50 |  37 |
            [Staff in each pay quarter, 31 March 2024]

            ## Women and men by quarter

            ```chart
            data: quarters
            type: grouped-bar
            series: [women, men]
            title: Women are most of the staff in every quarter
            ```
            -- content/reports/quarters.yml --
            title: Women and men in each pay quarter
            source: Pay records
            columns:
              - id: quarter
              - id: women
                type: count
              - id: men
                type: count
            rows:
              - [Lower, 64, 13]
              - [Upper, 50, 37]
            -- content/reports/notes.md --
            ---
            title: Notes
            ---
            A page without a report layout has no document unless it asks.
            """;

    @Test
    void aReportPageGetsATaggedPdfUaDocumentThatItsPageLinks() throws IOException {
        MiniSite site = MiniSite.write(folder, REPORT);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(site.exists("reports/pay-gap/pay-gap.pdf"), site.outputFiles().toString());
        assertFalse(site.outputFiles().stream().anyMatch(file -> file.startsWith("reports/notes/") && file.endsWith(".pdf")));
        byte[] bytes = Files.readAllBytes(site.output().resolve("reports/pay-gap/pay-gap.pdf"));

        Document page = Jsoup.parse(site.read("reports/pay-gap/index.html"));
        String size = Math.round(bytes.length / 1024.0) + " KB";
        assertEquals("Download this report as a PDF (PDF, " + size + ")", page.selectFirst(".document-links a").text());
        assertEquals("/reports/pay-gap/pay-gap.pdf", page.selectFirst(".document-links a").attr("href"));
        assertTrue(page.selectFirst(".alternative-formats").text().contains("Download this report as a PDF (PDF, " + size + ")"),
                page.selectFirst(".alternative-formats").text());
        byte[] large = Files.readAllBytes(site.output().resolve("reports/pay-gap/pay-gap-large-print.pdf"));
        String largeSize = Math.round(large.length / 1024.0) + " KB";
        String textSize = org.dueregard.checks.StaticChecks.humanSize(Files.size(site.output().resolve("reports/pay-gap/pay-gap.txt")));
        assertEquals(List.of("Download this report as a PDF (PDF, " + size + ")", "Large print version of this report (PDF, " + largeSize + ")",
                        "Download this report as plain text (TXT, " + textSize + ")"), page.select(".document-links a").eachText());
        assertEquals(List.of("/reports/pay-gap/pay-gap.pdf", "/reports/pay-gap/pay-gap-large-print.pdf", "/reports/pay-gap/pay-gap.txt"),
                page.select(".document-links a").eachAttr("href"));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle(), "the title bar shows the title, not the file name");
            assertEquals("Gender pay gap report 2024", pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid:part>1<") || xmp.contains("pdfuaid:part=\"1\""), xmp);

            List<PDStructureElement> tags = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), tags);
            List<String> types = tags.stream().map(PDStructureElement::getStructureType).toList();
            assertEquals(1, types.stream().filter("H1"::equals).count(), types.toString());
            assertTrue(types.containsAll(List.of("H1", "H2", "H3", "P", "L", "LI", "Table", "TR", "TH", "TD", "Figure", "Link", "Caption")), types.toString());
            // A screen reader's outline of the PDF is the web page's: the title, then each heading of the page's text in
            // order (the PDF adds its contents list and "another format" headings, as the web page has them too).
            List<String> webOutline = new ArrayList<>(List.of("H1"));
            page.select(".prose h2, .prose h3").forEach(heading -> webOutline.add(heading.tagName().toUpperCase(java.util.Locale.ROOT)));
            List<String> pdfOutline = types.stream().filter(type -> type.matches("H[1-6]")).toList();
            assertEquals(webOutline, withoutFirstAndLastH2(pdfOutline), "the tag tree's headings follow the page's outline");
            PDStructureElement h1 = tags.get(types.indexOf("H1"));
            assertTrue(types.indexOf("H1") < types.indexOf("H2"), "the title comes first in the reading order");
            assertNotNull(h1);
            List<String> scopes = tags.stream().filter(tag -> tag.getStructureType().equals("TH"))
                    .map(tag -> scopeOf(tag)).distinct().sorted().toList();
            assertEquals(List.of("Column", "Row"), scopes, "header cells say whether they head a column or a row");
            PDStructureElement figure = tags.stream().filter(tag -> tag.getStructureType().equals("Figure")).findFirst().orElseThrow();
            assertTrue(figure.getAlternateDescription().startsWith("Grouped bar chart"), figure.getAlternateDescription());

            List<String> bookmarks = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> outline(item, "", bookmarks));
            assertEquals(List.of("Gender pay gap report 2024", "  Contents", "  What the gap is", "    How we work it out", "  Women and men by quarter",
                    "  Get this information in another format"), bookmarks, "the bookmarks follow the headings");

            for (PDPage p : pdf.getPages()) {
                assertFontsEmbedded(p.getResources());
                for (PDAnnotation annotation : p.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink) assertNotNull(annotation.getContents(), "every link is described");
                }
            }
            String text = new PDFTextStripper().getText(pdf);
            for (String cover : List.of("Test Council", "Gender pay gap report 2024", "Published: 28 March 2025", "Last updated: 2 April 2025",
                    "Next review due: 30 March 2026", "https://example.org/reports/pay-gap/")) {
                assertTrue(text.contains(cover), cover + " is on the cover:\n" + text);
            }
            // The chart's data table follows the chart, as on the web page.
            assertTrue(text.indexOf("Women are most of the staff in every quarter") < text.lastIndexOf("Lower"), text);
            assertTrue(pdf.getPage(2).getResources().getXObjectNames().iterator().hasNext()
                    || pdf.getNumberOfPages() >= 2, "the chart is drawn as a vector form, not a picture of text");
        }
        assertEquals(List.of(), PdfUaCheck.check(bytes), "veraPDF finds no break of PDF/UA-1");
    }

    /** RNIB's clear and large print guidance: 16 pt or more throughout, no italics, left-aligned; the same tags. */
    @Test
    void theLargePrintVersionIsSixteenPointOrMoreWithoutItalics() throws IOException {
        MiniSite site = MiniSite.write(folder, REPORT.replace("The gap compares", "The gap *only* compares"));
        assertEquals(0, site.build().exitCode());
        byte[] bytes = Files.readAllBytes(site.output().resolve("reports/pay-gap/pay-gap-large-print.pdf"));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals("Gender pay gap report 2024 (large print)", pdf.getDocumentInformation().getTitle());
            List<Float> sizes = new ArrayList<>();
            List<String> fonts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
                    for (org.apache.pdfbox.text.TextPosition position : positions) {
                        if (!position.getUnicode().isBlank()) {
                            sizes.add(position.getFontSizeInPt());
                            fonts.add(position.getFont().getName());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true); // the order on the page; screen readers follow the tags, tested above
            String text = stripper.getText(pdf);
            assertTrue(text.contains("Large print") && text.contains("The gap only compares"), text);
            assertTrue(sizes.stream().allMatch(size -> size >= 16f), "every letter is 16 pt or more; the smallest is " + sizes.stream().min(Float::compare));
            assertTrue(sizes.stream().filter(size -> size >= 18f).count() > sizes.size() / 2, "the text is 18 pt");
            assertTrue(fonts.stream().noneMatch(font -> font.contains("Italic")), "no italics: " + new java.util.TreeSet<>(fonts));
            List<PDStructureElement> tags = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertTrue(tags.stream().map(PDStructureElement::getStructureType).toList().containsAll(List.of("H1", "H2", "H3", "Table", "TH", "Figure")));
        }
        assertEquals(List.of(), PdfUaCheck.check(bytes), "veraPDF finds no break of PDF/UA-1");
    }

    /**
     * A page whose document was made before keeps it: the kept file is not written again (its time, set far back,
     * stays) and its bytes are published. A kept file changed on disk is not published but made again; so is the
     * document when a picture it shows or its words change. One copy is kept for each document.
     */
    @Test
    void anUnchangedPageKeepsItsDocumentAndANewPictureOrNewWordsMakeItAgain() throws IOException {
        MiniSite site = MiniSite.write(folder, REPORT.replace("## Women and men by quarter", "![Our office, with a blue door](office.png)\n\n## Women and men by quarter"));
        writePicture(folder.resolve("content/reports/office.png"), java.awt.Color.BLUE);
        assertEquals(0, site.build().exitCode());
        Path published = site.output().resolve("reports/pay-gap/pay-gap.pdf");
        byte[] first = Files.readAllBytes(published);
        Path kept = keptDocuments().stream().filter(file -> Arrays.equals(read(file), first)).findFirst().orElseThrow();
        assertEquals(2, keptDocuments().size(), "the standard and the large print documents are kept");

        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.fromMillis(978_307_200_000L); // 1 January 2001
        Files.setLastModifiedTime(kept, longAgo);
        assertEquals(0, site.build().exitCode());
        assertEquals(longAgo, Files.getLastModifiedTime(kept), "an unchanged page's document is not made again");
        assertArrayEquals(first, Files.readAllBytes(published));

        byte[] changed = first.clone();
        changed[changed.length / 2] ^= 1;
        Files.write(kept, changed);
        assertEquals(0, site.build().exitCode());
        assertArrayEquals(first, Files.readAllBytes(published), "a kept document changed on disk is made again, not published");

        writePicture(folder.resolve("content/reports/office.png"), java.awt.Color.RED);
        assertEquals(0, site.build().exitCode());
        byte[] newPicture = Files.readAllBytes(published);
        assertFalse(Arrays.equals(first, newPicture), "a new picture makes the document again, with the new picture in it");
        assertEquals(2, keptDocuments().size(), "the new document replaces the old one");

        site.writeFile("content/reports/pay-gap.md", Files.readString(folder.resolve("content/reports/pay-gap.md")).replace("average hourly pay", "mean hourly pay"));
        assertEquals(0, site.build().exitCode());
        byte[] newWords = Files.readAllBytes(published);
        assertFalse(Arrays.equals(newPicture, newWords), "new words make the document again");
        assertTrue(text(newWords).contains("mean hourly pay"), "with the new words in it");
    }

    private List<Path> keptDocuments() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder.resolve(".dueregard/pdfs"))) {
            return files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void writePicture(Path file, java.awt.Color colour) throws IOException {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D paint = picture.createGraphics();
        paint.setColor(colour);
        paint.fillRect(0, 0, 40, 30);
        paint.dispose();
        javax.imageio.ImageIO.write(picture, "png", file.toFile());
    }

    @Test
    void theSameInputGivesTheSameBytesDatedByThePage() throws IOException {
        MiniSite site = MiniSite.write(folder, REPORT);
        assertEquals(0, site.build().exitCode());
        byte[] first = Files.readAllBytes(site.output().resolve("reports/pay-gap/pay-gap.pdf"));
        org.apache.commons.io.FileUtils.deleteDirectory(folder.resolve(".dueregard").toFile());
        assertEquals(0, site.build().exitCode());
        byte[] second = Files.readAllBytes(site.output().resolve("reports/pay-gap/pay-gap.pdf"));
        assertArrayEquals(first, second, "a second build gives the same bytes");
        try (PDDocument pdf = Loader.loadPDF(first)) {
            assertEquals("2025-03-28", pdf.getDocumentInformation().getCreationDate().toInstant().toString().substring(0, 10));
            assertEquals("2025-04-02", pdf.getDocumentInformation().getModificationDate().toInstant().toString().substring(0, 10));
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(xmp.contains(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()), "no date of the build in the metadata: " + xmp);
        }

        site.writeFile("content/reports/pay-gap.md", Files.readString(folder.resolve("content/reports/pay-gap.md")).replace("updated: 2025-04-02", "updated: 2025-05-01"));
        assertEquals(0, site.build().exitCode());
        byte[] updated = Files.readAllBytes(site.output().resolve("reports/pay-gap/pay-gap.pdf"));
        assertFalse(Arrays.equals(first, updated), "a new date is a new document, with a new id");
    }

    @Test
    void frontMatterAndTheSiteSettingChooseThePages() throws IOException {
        MiniSite site = MiniSite.write(folder, REPORT.replace("layout: report\n", "layout: report\npdf: false\n")
                .replace("title: Notes\n", "title: Notes\npdf: true\n"));
        assertEquals(0, site.build().exitCode());
        assertFalse(site.exists("reports/pay-gap/pay-gap.pdf"));
        assertTrue(site.exists("reports/notes/notes.pdf"));
        assertEquals("Download this page as a PDF", Jsoup.parse(site.read("reports/notes/index.html")).selectFirst(".document-links a").text()
                .replaceAll(" \\(PDF, .*", ""));

        site.writeFile("dueregard.yml", MiniSite.DEFAULT_CONFIG + "pdf: nobody\n");
        MiniSite.Run wrong = site.build();
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.err().contains("dueregard.yml:6: error: pdf: 'nobody' is not one of reports, all or none"), wrong.err());
        site.writeFile("dueregard.yml", MiniSite.DEFAULT_CONFIG + "pdf: none\n");
        site.writeFile("content/reports/notes.md", "---\ntitle: Notes\n---\nNo PDF.\n");
        assertEquals(0, site.build().exitCode());
        assertFalse(site.outputFiles().stream().anyMatch(file -> file.endsWith(".pdf")), site.outputFiles().toString());
    }

    @Test
    void aBrokenPrintTemplateIsAProblemWithItsFileAndLineNotAStackTrace() throws IOException {
        MiniSite site = MiniSite.write(folder, REPORT + """
                -- templates/document.peb --
                <!DOCTYPE html>
                <html lang="{{ page.lang }}">
                <body>
                {% if page.title %}
                <h1>{{ page.title }}</h1>
                </body>
                """);
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("templates/document.peb:"), run.err());
        assertTrue(run.err().contains("The template cannot be used"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    /** Easy read on paper: A4, a picture with its alt text beside each idea, 16 pt or more, page numbers. */
    @Test
    void anEasyReadPageGetsItsPrintVersion() throws IOException {
        MiniSite site = MiniSite.write(folder, REPORT + """
                -- content/reports/pay-gap.easy-read.md --
                ---
                title: Pay for women and men
                date: 2025-03-28
                ---
                ## About pay

                - ![](picture:money) This page is about pay.
                - ![](picture:men-and-women) Women get less pay than men.
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        String path = "reports/pay-gap/easy-read/pay-gap-easy-read.pdf";
        assertTrue(site.exists(path), site.outputFiles().toString());
        assertFalse(site.exists("reports/pay-gap/easy-read/pay-gap-easy-read-large-print.pdf"), "easy read is large already");
        Document page = Jsoup.parse(site.read("reports/pay-gap/easy-read/index.html"));
        assertTrue(page.selectFirst(".easy-read-print a").text().matches("Print this page \\(PDF, \\d+ KB\\)"), page.selectFirst(".easy-read-print").text());
        byte[] bytes = Files.readAllBytes(site.output().resolve(path));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(595, Math.round(pdf.getPage(1).getMediaBox().getWidth()), "A4");
            List<Float> sizes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
                    positions.stream().filter(p -> !p.getUnicode().isBlank()).forEach(p -> sizes.add(p.getFontSizeInPt()));
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            assertTrue(text.contains("This page is about pay.") && text.contains("Page 2 of"), text);
            assertTrue(sizes.stream().allMatch(size -> size >= 16f), "the smallest letter is " + sizes.stream().min(Float::compare));
            List<PDStructureElement> tags = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), tags);
            List<String> alts = tags.stream().filter(tag -> tag.getStructureType().equals("Figure")).map(PDStructureElement::getAlternateDescription).toList();
            assertEquals(2, alts.size(), alts.toString());
            assertTrue(alts.stream().allMatch(alt -> alt != null && !alt.isBlank()), alts.toString());
        }
        assertEquals(List.of(), PdfUaCheck.check(bytes));
    }

    /**
     * Unique sentinel numbers planted in cells that must be hidden: none may appear in the PDF's text, its tags' alt
     * text or its bytes, and changing only hidden values changes no byte of the PDF.
     */
    @Test
    void suppressedValuesReachNoPdf() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/births.md --
                ---
                title: Births and stillbirths
                layout: report
                date: 2025-01-10
                ---
                ## Stillbirths

                ```table
                data: births
                ```

                ```chart
                data: births
                type: grouped-bar
                series: [births, stillbirths]
                title: Births and stillbirths by ethnic group
                ```
                """ + org.dueregard.testing.Fixtures.SUPPRESSED_BIRTHS);
        assertEquals(0, site.build().exitCode());
        for (String document : List.of("births/births.pdf", "births/births-large-print.pdf")) {
            assertNoSentinel(Files.readAllBytes(site.output().resolve(document)));
        }
        String text = Files.readString(site.output().resolve("births/births.txt"));
        assertTrue(text.contains("[c]") && text.contains("6,173"), text);
        for (String sentinel : List.of("41.37", "36.19", "22.43", "41.4", "36.2", "22.4")) {
            assertFalse(text.contains(sentinel), sentinel + " leaked into the plain text version");
        }
        byte[] bytes = Files.readAllBytes(site.output().resolve("births/births.pdf"));
        byte[] large = Files.readAllBytes(site.output().resolve("births/births-large-print.pdf"));

        // Change every hidden value (still hidden, same total): the PDF may not change by a byte.
        String yaml = Files.readString(folder.resolve("content/births.yml"));
        site.writeFile("content/births.yml", yaml.replace("6173, 8, 41.37", "6173, 6, 12.34").replace("2917, 7, 36.19", "2917, 9, 56.78")
                .replace("4183, 5, 22.43", "4183, 5, 30.88"));
        org.apache.commons.io.FileUtils.deleteDirectory(folder.resolve(".dueregard").toFile());
        assertEquals(0, site.build().exitCode());
        assertArrayEquals(bytes, Files.readAllBytes(site.output().resolve("births/births.pdf")), "the PDF changed when only hidden values did");
        assertArrayEquals(large, Files.readAllBytes(site.output().resolve("births/births-large-print.pdf")), "so did the large print");
        assertEquals(text, Files.readString(site.output().resolve("births/births.txt")), "so did the plain text");
    }

    private static void assertNoSentinel(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            StringBuilder everything = new StringBuilder(new PDFTextStripper().getText(pdf));
            List<PDStructureElement> tags = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), tags);
            for (PDStructureElement tag : tags) {
                everything.append('\n').append(tag.getAlternateDescription()).append('\n').append(tag.getActualText());
            }
            String all = everything.toString();
            assertTrue(all.contains("[c]") && all.contains("6,173"), all);
            for (String sentinel : List.of("41.37", "36.19", "22.43", "41.4", "36.2", "22.4")) {
                assertFalse(all.contains(sentinel), sentinel + " leaked into the PDF's text or tags");
            }
            for (String count : List.of(" 8 ", " 7 ", " 5 ")) {
                assertFalse(tags.stream().anyMatch(tag -> (" " + tag.getAlternateDescription() + " ").contains(count)), count);
            }
        }
        String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String sentinel : List.of("41.37", "36.19", "22.43")) assertFalse(raw.contains(sentinel), sentinel);
    }

    /** The PDF's headings without its contents list (the first H2) and "Get this information in another format" (the last). */
    private static List<String> withoutFirstAndLastH2(List<String> headings) {
        List<String> kept = new ArrayList<>(headings);
        kept.remove(kept.indexOf("H2"));
        kept.remove(kept.lastIndexOf("H2"));
        return kept;
    }

    private static void outline(PDOutlineItem item, String indent, List<String> into) {
        into.add(indent + item.getTitle());
        item.children().forEach(child -> outline(child, indent + "  ", into));
    }

    static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }

    private static String scopeOf(PDStructureElement th) {
        Object attributes = th.getCOSObject().getDictionaryObject(COSName.A);
        if (attributes instanceof COSDictionary dictionary) return dictionary.getNameAsString(COSName.getPDFName("Scope"));
        if (attributes instanceof org.apache.pdfbox.cos.COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary dictionary && dictionary.containsKey(COSName.getPDFName("Scope"))) {
                    return dictionary.getNameAsString(COSName.getPDFName("Scope"));
                }
            }
        }
        return "none";
    }

    private static void assertFontsEmbedded(PDResources resources) throws IOException {
        if (resources == null) return;
        for (COSName name : resources.getFontNames()) {
            assertTrue(resources.getFont(name).isEmbedded(), resources.getFont(name).getName() + " is embedded");
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) assertFontsEmbedded(form.getResources());
        }
    }

    @SuppressWarnings("unused")
    private static Map<String, byte[]> files(MiniSite site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String file : site.outputFiles()) files.put(file, Files.readAllBytes(site.output().resolve(file)));
        return files;
    }
}
