package org.dueregard.documents;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lays out a print page (HTML from the theme's print template, see {@link PrintHtml}) into a tagged PDF/UA-1 file
 * with openhtmltopdf: a structure tree from the HTML, the title shown in the title bar, the language, bookmarks, the
 * theme's font embedded, and charts drawn as vector graphics. The same page always gives the same bytes: the dates
 * come from the page and the document's id from its address and content.
 */
public final class PdfMaker {

    /** The only scheme a print page may load from: the site's own files, through {@link #resources}. */
    public static final String SCHEME = "dueregard";
    /** Loggers kept here so the quiet levels set on them are not lost when they are collected. */
    private static final Logger[] QUIET = {Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"),
            Logger.getLogger("com.openhtmltopdf")};

    static {
        XRLog.setLoggingEnabled(false);
        for (Logger logger : QUIET) logger.setLevel(Level.OFF);
    }

    private final PdfFonts fonts;
    private final Function<String, Optional<byte[]>> resources;

    /**
     * @param resources the bytes of a file of the site by its path below the base path ("reports/chart-1.svg"), or
     *                  nothing when there is no such file
     */
    public PdfMaker(PdfFonts fonts, Function<String, Optional<byte[]>> resources) {
        this.fonts = fonts;
        this.resources = resources;
    }

    /**
     * What a document says about itself besides its pages.
     *
     * @param created  when it was first published (the page's date)
     * @param modified when it last changed (the page's updated date, else its date)
     * @param address  the web address of the page it was made from, which gives it its id
     */
    public record Dates(LocalDate created, LocalDate modified, String address) {
    }

    /** The PDF's bytes. A print page that cannot be laid out is a bug in the template or in us, so it throws. */
    public byte[] make(org.w3c.dom.Document printPage, Dates dates) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("dueregard")
                .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                        BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                .useProtocolsStreamImplementation(this::open, SCHEME)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(SCHEME + ":"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(printPage, SCHEME + ":/");
        PDDocument document = new PDDocument();
        builder.usePDDocument(document);
        addFonts(builder, document);
        try (document; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            fixDatesAndId(pdf, dates);
            LinkDescriptions.copyToAnnotations(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            pdf.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a PDF to memory failed", e);
        }
    }

    /**
     * Each face for the text and, under the name the charts ask for, for the charts' labels: Liberation Sans has
     * Arial's widths, which the charts' layout measures labels with, so a label fits where it was placed.
     * <p>
     * The text faces are loaded here with the font's glyph substitutions (GSUB) off: PDFBox 3.0 otherwise runs them on
     * every run of text, compiling regular expressions each time (two thirds of the time of a long report), and English
     * needs none of them.
     */
    private void addFonts(PdfRendererBuilder builder, PDDocument document) {
        addTextFace(builder, document, fonts.regular(), 400, FontStyle.NORMAL);
        addTextFace(builder, document, fonts.bold(), 700, FontStyle.NORMAL);
        addTextFace(builder, document, fonts.italic(), 400, FontStyle.ITALIC);
        addTextFace(builder, document, fonts.boldItalic(), 700, FontStyle.ITALIC);
        PdfFonts files = fonts.onDisk();
        EnumSet<FSFontUseCase> charts = EnumSet.of(FSFontUseCase.SVG);
        builder.useFont(files.regular().toFile(), "Arial", 400, FontStyle.NORMAL, true, charts);
        builder.useFont(files.bold().toFile(), "Arial", 700, FontStyle.NORMAL, true, charts);
    }

    private static void addTextFace(PdfRendererBuilder builder, PDDocument document, Path face, int weight, FontStyle style) {
        try {
            org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(FONT_BYTES.computeIfAbsent(face, PdfMaker::readAll)));
            font.setEnableGsub(false);
            PDType0Font loaded = PDType0Font.load(document, font, true);
            builder.useFont(new PDFontSupplier(loaded), PdfFonts.FAMILY, weight, style, true);
        } catch (IOException e) {
            throw new UncheckedIOException("The theme's font " + face + " cannot be read", e);
        }
    }

    /** The font files' bytes, read once per run (each document parses its own copy). */
    private static final java.util.Map<Path, byte[]> FONT_BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] readAll(Path font) {
        try {
            return Files.readAllBytes(font);
        } catch (IOException e) {
            throw new UncheckedIOException("The theme's font " + font + " cannot be read", e);
        }
    }

    private FSStream open(String uri) {
        String path = uri.substring(SCHEME.length() + 1).replaceFirst("^/+", "");
        Optional<byte[]> bytes = resources.apply(java.net.URLDecoder.decode(path, StandardCharsets.UTF_8));
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes.map(ByteArrayInputStream::new).orElse(null);
            }

            @Override
            public Reader getReader() {
                return bytes.map(b -> new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8)).orElse(null);
            }
        };
    }

    /**
     * openhtmltopdf stamps the time of the build, and PDFBox a random id: both would change the bytes of every build.
     * The dates become the page's, in the information dictionary and in the XMP metadata; the id is made from the
     * page's address and the modified date, so it stays the same while the document does.
     */
    private static void fixDatesAndId(PDDocument pdf, Dates dates) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(calendar(dates.created()));
        info.setModificationDate(calendar(dates.modified()));
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            String created = dates.created().atStartOfDay(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            String modified = dates.modified().atStartOfDay(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            xmp = xmp.replaceAll("<xmp:ModifyDate>[^<]*</xmp:ModifyDate>", "")
                    .replaceAll("<xmp:CreateDate>[^<]*</xmp:CreateDate>", "<xmp:CreateDate>" + created + "</xmp:CreateDate>"
                            + "<xmp:ModifyDate>" + modified + "</xmp:ModifyDate>");
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        }
        byte[] id = md5((dates.address() + "\n" + dates.modified()).getBytes(StandardCharsets.UTF_8));
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.UK);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has MD5", e);
        }
    }
}
