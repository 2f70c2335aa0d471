package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * One unpacked part of a workbook as it is read: counts its bytes against the workbook's budget and refuses a
 * document type declaration ({@code <!DOCTYPE}, {@code <!ENTITY}), which Excel never writes and which entity
 * expansion ("billion laughs") and external entity (XXE) attacks need. The scan sees every byte before any parser.
 */
final class ScanningStream extends FilterInputStream {

    private static final byte[][] FORBIDDEN = {"<!DOCTYPE".getBytes(StandardCharsets.US_ASCII), "<!ENTITY".getBytes(StandardCharsets.US_ASCII)};

    private final WorkbookSafety.Budget budget;
    private final String file;
    /** How much of each forbidden pattern the bytes so far end with, so a pattern split between reads is found. */
    private final int[] matched = new int[FORBIDDEN.length];

    ScanningStream(InputStream in, WorkbookSafety.Budget budget, String file) {
        super(in);
        this.budget = budget;
        this.file = file;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) see(new byte[]{(byte) b}, 0, 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) see(buffer, offset, n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must be seen too: read them.
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) break;
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void see(byte[] buffer, int offset, int length) throws IOException {
        budget.spend(length);
        for (int i = offset; i < offset + length; i++) {
            for (int p = 0; p < FORBIDDEN.length; p++) {
                byte[] pattern = FORBIDDEN[p];
                matched[p] = buffer[i] == pattern[matched[p]] ? matched[p] + 1 : buffer[i] == pattern[0] ? 1 : 0;
                if (matched[p] == pattern.length) {
                    throw new WorkbookSafety.ProblemsIOException(new ProblemsException(Problem.error(file, 0,
                            "The workbook holds a document type declaration (<!DOCTYPE or <!ENTITY), which Excel never writes "
                                    + "and which can be used to read files on this computer or exhaust its memory.",
                            "Do not use a workbook from an unknown source. " + WorkbookSafety.SAVE_AGAIN)));
                }
            }
        }
    }
}
