package org.dueregard.documents;

import org.dueregard.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** veraPDF in process: a clean document passes, and a planted break of PDF/UA-1 is found and explained. */
class PdfUaCheckTest {

    private static final String CHART = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\"><rect width=\"60\" height=\"30\" fill=\"#12436D\"/></svg>";

    private static byte[] pdfOf(String body) {
        PdfFonts fonts = PdfFonts.find(List.of(Path.of("themes/default"))).orElseThrow();
        PdfMaker maker = new PdfMaker(fonts, path -> path.equals("chart.svg") ? Optional.of(CHART.getBytes(StandardCharsets.UTF_8)) : Optional.empty());
        String html = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Planted</title><style>body { font-family: 'Liberation Sans'; }</style></head>"
                + "<body><h1 id=\"t\">Planted</h1>" + body + "</body></html>";
        return maker.make(PrintHtml.toPrint(html, "/", "https://example.org/"),
                new PdfMaker.Dates(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3), "https://example.org/planted/"));
    }

    @Test
    void aDocumentWithAChartWithAltTextPasses() {
        assertEquals(List.of(), PdfUaCheck.check(pdfOf("<p>Text.</p><img src=\"/chart.svg\" alt=\"Bar chart: 60 people\" width=\"100\" height=\"50\">")));
    }

    @Test
    void aChartWithoutAltTextIsFoundAndExplained() {
        List<PdfUaCheck.Failure> failures = PdfUaCheck.check(pdfOf("<p>Text.</p><img src=\"/chart.svg\" width=\"100\" height=\"50\">"));
        assertTrue(failures.stream().anyMatch(failure -> failure.clause().startsWith("7.3-")), failures.toString());
        PdfUaCheck.Failure figure = failures.stream().filter(failure -> failure.clause().startsWith("7.3-")).findFirst().orElseThrow();
        Problem problem = PdfUaAdvice.problem("content/reports/pay.md", "reports/pay/pay.pdf", figure);
        assertEquals("content/reports/pay.md", problem.file());
        assertTrue(problem.message().startsWith("The PDF made from this page (reports/pay/pay.pdf) is not accessible: a picture or chart "
                + "has no text description. (PDF/UA-1 rule 7.3-"), problem.message());
        assertTrue(problem.fix().startsWith("Give every image on the page alt text"), problem.fix());
    }

    @Test
    void passesAreRememberedByHashFailuresAreNot(@org.junit.jupiter.api.io.TempDir Path folder) throws java.io.IOException {
        PdfCheckCache cache = new PdfCheckCache(folder.resolve("pdf-checks"));
        byte[] good = pdfOf("<p>Text.</p>");
        assertEquals(List.of(), cache.check(good));
        assertEquals(List.of(PdfCheckCache.key(good)), java.nio.file.Files.list(folder.resolve("pdf-checks")).map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of(), cache.check(good), "a remembered pass");
        byte[] bad = pdfOf("<img src=\"/chart.svg\" width=\"100\" height=\"50\">");
        assertTrue(!cache.check(bad).isEmpty());
        assertTrue(!cache.check(bad).isEmpty(), "a failure is checked, and reported, every time");
        assertEquals(1, java.nio.file.Files.list(folder.resolve("pdf-checks")).count());
    }

    @Test
    void aFileThatIsNoPdfIsOneFailure() {
        List<PdfUaCheck.Failure> failures = PdfUaCheck.check("<html>not a PDF</html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("file", failures.get(0).clause());
        assertTrue(PdfUaAdvice.problem("content/a.md", "a/a.pdf", failures.get(0)).message().contains("cannot be read as a PDF"));
    }
}
