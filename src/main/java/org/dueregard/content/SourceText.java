package org.dueregard.content;

import org.dueregard.ForbiddenCharacters;
import org.dueregard.Problem;
import org.dueregard.ProblemsException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text, insisting on UTF-8 so that no character is silently garbled. */
public final class SourceText {

    private SourceText() {
    }

    /** Decodes UTF-8 (dropping a byte order mark and normalising line ends to \n); refuses characters no web page may hold. */
    public static String decodeUtf8(byte[] bytes, String file) throws ProblemsException {
        if (isPlainAscii(bytes)) return new String(bytes, StandardCharsets.ISO_8859_1); // nothing to check or change
        // The JDK's decoder is fast but replaces bad bytes with U+FFFD; only then decode again, strictly, to find them.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return requireAllowedCharacters(normalise(fast), file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(input, output, true);
        if (result.isError()) {
            int line = lineOfByte(bytes, input.position());
            throw new ProblemsException(Problem.error(file, line,
                    "This file is not saved as UTF-8 text (a byte on this line cannot be read).",
                    "Open the file in your editor and save it with the encoding 'UTF-8'. "
                            + "Text pasted from Word sometimes brings curly quotes in another encoding."));
        }
        decoder.flush(output);
        output.flip();
        return requireAllowedCharacters(normalise(output.toString()), file);
    }

    /** The text itself, or a problem with the line and column of a character no web page or XML file may hold. */
    private static String requireAllowedCharacters(String text, String file) throws ProblemsException {
        int index = ForbiddenCharacters.indexIn(text);
        if (index < 0) return text;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        throw new ProblemsException(ForbiddenCharacters.problem(file, line, "Line " + line + " (column " + (index - lineStart + 1) + ")",
                text.codePointAt(index)));
    }

    private static String normalise(String decoded) {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * True when every byte is printable ASCII, a tab or a line feed: most pages are, and their text needs no UTF-8
     * decoding, no line end changes and no character checks, all of which showed in profiles of large sites.
     */
    private static boolean isPlainAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0x20 || b == 0x7F) {
                if (b != '\n' && b != '\t') return false; // includes every byte >= 0x80, which are negative
            }
        }
        return true;
    }

    private static int lineOfByte(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

}
