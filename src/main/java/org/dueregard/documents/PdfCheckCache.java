package org.dueregard.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Remembers the PDFs veraPDF passed, by the hash of their bytes, so a checked build does not validate an unchanged
 * document again (documents are deterministic: an unchanged page gives the same bytes). Only passes are kept: a
 * document that failed is checked again, so its problems are always reported. One empty file per pass in the folder.
 */
public final class PdfCheckCache {

    /** Part of every key: a new veraPDF or profile may judge the same bytes differently. */
    private static final String VALIDATOR = "verapdf-1.28.2-pdfua1";

    private final Path folder;

    public PdfCheckCache(Path folder) {
        this.folder = folder;
    }

    /** The rules the PDF breaks, from veraPDF or, for a document it passed before, from memory (none). */
    public List<PdfUaCheck.Failure> check(byte[] pdf) {
        Path marker = folder.resolve(key(pdf));
        if (Files.isRegularFile(marker)) return List.of();
        List<PdfUaCheck.Failure> failures = PdfUaCheck.check(pdf);
        if (failures.isEmpty()) remember(marker);
        return failures;
    }

    private void remember(Path marker) {
        try {
            Files.createDirectories(folder);
            if (!Files.exists(marker)) Files.createFile(marker);
        } catch (IOException e) {
            // A cache that cannot be written only costs time next build; the check itself has been done.
        }
    }

    static String key(byte[] pdf) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(VALIDATOR.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(pdf));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
