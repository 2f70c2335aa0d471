package org.dueregard.data;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dueregard.Problem;
import org.dueregard.ProblemsException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * Checks an .xlsx workbook before fastexcel-reader opens it, because that reader trusts the file: it would unpack a
 * zip bomb, make room for a cell at column 300 million, or read shared text up to any index a cell names. Every part
 * of the zip is unpacked once here, within a budget, and refused when it declares a DOCTYPE (entities, XXE), is XML
 * in an encoding Excel never writes, or names a cell outside a sheet or text the workbook does not hold. Old .xls
 * files and workbooks protected with a password (both OLE2 files, not zips) are named as such.
 */
final class WorkbookSafety {

    /** Unpacked bytes of all parts together: far more than a workbook of figures needs; a zip bomb stops here. */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    /** Parts in the zip: a workbook has a few dozen. */
    static final int MAX_PARTS = 10_000;
    /** Cells in one row: Excel's own limit. */
    static final int MAX_CELLS_IN_ROW = CellRange.LAST_COLUMN;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] CENTRAL_DIRECTORY_ENTRY = {'P', 'K', 1, 2};
    private static final XMLInputFactory XML = hardenedFactory();

    private WorkbookSafety() {
    }

    /** Refuses, naming {@code file}, anything that is not a plain .xlsx workbook or could exhaust memory or time. */
    static void check(byte[] bytes, String file) throws ProblemsException {
        if (startsWith(bytes, OLE2)) throw new ProblemsException(oldOrEncrypted(bytes, file));
        if (!startsWith(bytes, ZIP)) {
            throw refuse(file, "The file is not an Excel workbook (.xlsx).",
                    "Open it in Excel and choose File, Save As, Excel Workbook (.xlsx); or save the sheet as 'CSV UTF-8' and read that.");
        }
        if (count(bytes, CENTRAL_DIRECTORY_ENTRY) > MAX_PARTS) {
            throw refuse(file, "The workbook holds more than " + MAX_PARTS + " parts, far more than a workbook of figures has.", SAVE_AGAIN);
        }
        Budget budget = new Budget(file);
        int largestSharedTextIndex = -1;
        int sharedTexts = Integer.MAX_VALUE;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    throw refuse(file, "The workbook is protected with a password, so dueregard cannot read it.", REMOVE_PASSWORD);
                }
                try (InputStream part = new java.io.BufferedInputStream(new ScanningStream(zip.getInputStream(entry), budget, file))) {
                    PartFacts facts = readPart(part, file);
                    largestSharedTextIndex = Math.max(largestSharedTextIndex, facts.largestSharedTextIndex());
                    if (facts.sharedTexts() >= 0) sharedTexts = Math.min(sharedTexts, facts.sharedTexts());
                }
            }
        } catch (ProblemsIOException e) {
            throw e.problems;
        } catch (IOException | RuntimeException e) {
            // commons-compress signals a damaged zip with IOExceptions and, for some damage, runtime exceptions.
            throw refuse(file, "The workbook cannot be read: it is damaged, or not a workbook Excel saved.", SAVE_AGAIN);
        }
        if (largestSharedTextIndex >= 0 && sharedTexts != Integer.MAX_VALUE && largestSharedTextIndex >= sharedTexts) {
            throw refuse(file, "The workbook is damaged: a cell refers to text the workbook does not hold.", SAVE_AGAIN);
        }
    }

    static final String SAVE_AGAIN = "Open it in Excel and save it again with File, Save As, Excel Workbook (.xlsx) (not 'Strict Open XML'); "
            + "or save the sheet as 'CSV UTF-8' and read that.";
    private static final String REMOVE_PASSWORD = "Open it in Excel, remove the password (File, Info, Protect Workbook, Encrypt with "
            + "Password, and clear it), and save a copy with only the figures the page publishes.";

    /** What one part says that matters across parts: the shared text it holds or the largest index its cells use. */
    private record PartFacts(int sharedTexts, int largestSharedTextIndex) {
    }

    /**
     * Reads one part. XML is parsed with the JDK's hardened parser (a DOCTYPE was refused on the way in), checking cell
     * names and shared-text indexes of a worksheet and counting the texts of a shared strings part; anything else is
     * read to its end, so the budget and the DOCTYPE scan see every byte.
     */
    private static PartFacts readPart(InputStream part, String file) throws IOException, ProblemsException {
        part.mark(8);
        byte[] start = part.readNBytes(8);
        part.reset();
        if (isOtherXmlEncoding(start)) {
            throw refuse(file, "The workbook holds XML in an encoding Excel never writes (UTF-16 or UTF-32).", SAVE_AGAIN);
        }
        if (!looksLikeXml(start)) {
            part.transferTo(java.io.OutputStream.nullOutputStream());
            return new PartFacts(-1, -1);
        }
        try {
            // The JDK's parser closes its input at the end of the document; the rest must still be read here.
            XMLStreamReader xml = XML.createXMLStreamReader(new java.io.FilterInputStream(part) {
                @Override
                public void close() {
                }
            });
            PartFacts facts = readXml(xml, file);
            part.transferTo(java.io.OutputStream.nullOutputStream());
            return facts;
        } catch (XMLStreamException e) {
            Throwable cause = e;
            for (int depth = 0; cause != null && depth < 8; depth++) {
                if (cause instanceof ProblemsIOException refused) throw refused.problems;
                cause = cause instanceof XMLStreamException x && x.getNestedException() != null ? x.getNestedException() : cause.getCause();
            }
            throw refuse(file, "The workbook cannot be read: one of its parts is not well-formed XML.", SAVE_AGAIN);
        }
    }

    private static PartFacts readXml(XMLStreamReader xml, String file) throws XMLStreamException, ProblemsException {
        String root = null;
        int sharedTexts = 0;
        int largest = -1;
        int cellsInRow = 0;
        boolean sharedTextCell = false;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
            String name = xml.getLocalName();
            if (root == null) {
                root = name;
                if (!root.equals("worksheet") && !root.equals("sst")) return new PartFacts(-1, -1);
                continue;
            }
            if (root.equals("sst")) {
                if (name.equals("si")) sharedTexts++;
            } else if (name.equals("row")) {
                cellsInRow = 0;
                String r = xml.getAttributeValue(null, "r");
                if (r != null && !isRowNumber(r)) throw damaged(file, "a row is numbered '" + shorten(r) + "'");
            } else if (name.equals("c")) {
                String r = xml.getAttributeValue(null, "r");
                if (r != null && !CellRange.isCellName(r)) throw damaged(file, "a cell is named '" + shorten(r) + "', outside any sheet");
                if (++cellsInRow > MAX_CELLS_IN_ROW) throw damaged(file, "a row holds more cells than a sheet has columns");
                sharedTextCell = "s".equals(xml.getAttributeValue(null, "t"));
            } else if (name.equals("v") && sharedTextCell) {
                String index = xml.getElementText().strip();
                if (!index.matches("[0-9]{1,9}")) throw damaged(file, "a cell refers to shared text '" + shorten(index) + "'");
                largest = Math.max(largest, Integer.parseInt(index));
            }
        }
        return root != null && root.equals("sst") ? new PartFacts(sharedTexts, -1) : new PartFacts(-1, largest);
    }

    private static boolean isRowNumber(String text) {
        if (!text.matches("[0-9]{1,7}")) return false;
        int row = Integer.parseInt(text);
        return row >= 1 && row <= CellRange.LAST_ROW;
    }

    private static ProblemsException damaged(String file, String what) {
        return refuse(file, "The workbook is damaged: " + what + ".", SAVE_AGAIN);
    }

    private static Problem oldOrEncrypted(byte[] bytes, String file) {
        if (count(bytes, "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE)) > 0) {
            return Problem.error(file, 0, "The workbook is protected with a password, so dueregard cannot read it.", REMOVE_PASSWORD);
        }
        return Problem.error(file, 0, "The file is in the old Excel format (.xls), which dueregard does not read.",
                "Open it in Excel and choose File, Save As, Excel Workbook (.xlsx), then name the .xlsx file in rows_from.");
    }

    private static ProblemsException refuse(String file, String message, String fix) {
        return new ProblemsException(Problem.error(file, 0, message, fix));
    }

    private static boolean looksLikeXml(byte[] start) {
        int i = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < start.length && (start[i] == ' ' || start[i] == '\n' || start[i] == '\r' || start[i] == '\t')) i++;
        return i < start.length && start[i] == '<';
    }

    /** UTF-16 or UTF-32 XML, with or without a byte order mark; the DOCTYPE scan reads ASCII-compatible bytes only. */
    private static boolean isOtherXmlEncoding(byte[] start) {
        if (start.length < 2) return false;
        int a = start[0] & 0xFF;
        int b = start[1] & 0xFF;
        return a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE || a == '<' && b == 0 || a == 0 && b == '<' || a == 0 && b == 0;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }

    private static int count(byte[] bytes, byte[] pattern) {
        int found = 0;
        outer:
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            for (int j = 0; j < pattern.length; j++) if (bytes[i + j] != pattern[j]) continue outer;
            found++;
        }
        return found;
    }

    private static String shorten(String text) {
        String shown = org.dueregard.ForbiddenCharacters.removeFrom(text);
        return shown.length() > 20 ? shown.substring(0, 20) + "..." : shown;
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** Unpacked bytes so far, across all parts. */
    static final class Budget {
        private final String file;
        private long used;

        Budget(String file) {
            this.file = file;
        }

        void spend(long bytes) throws ProblemsIOException {
            used += bytes;
            if (used > MAX_UNPACKED_BYTES) {
                throw new ProblemsIOException(refuse(file, "The workbook unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                        + " MB, far more than a workbook of figures: it may be a 'zip bomb', made to exhaust memory.",
                        "Copy the table the page needs into a new workbook and save that, or save the sheet as 'CSV UTF-8'."));
            }
        }
    }

    /** Carries a refusal through code that only lets IOExceptions out (streams, the XML parser). */
    static final class ProblemsIOException extends IOException {
        final transient ProblemsException problems;

        ProblemsIOException(ProblemsException problems) {
            super(problems.getMessage());
            this.problems = problems;
        }
    }
}
