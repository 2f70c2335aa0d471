package org.dueregard.documents;

import org.dueregard.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Documents made before, kept in {@code .dueregard/pdfs/}, so a build whose page did not change does not make its
 * PDF again: making a report's two documents is the slowest step of a build (5 s for the sample's 8 documents, most
 * of a check's own time). Documents are deterministic, so a kept one has the bytes a new one would have.
 * <p>
 * A document is found again only when everything it was made from is the same: the print HTML, the dates, the
 * fonts, this copy of dueregard (see {@link #codeIdentity()}), and every file it asked for while being made (charts,
 * pictures, theme files), each compared by the hash of its bytes now. One document is kept for each address: a
 * new version replaces the old one, so the folder does not grow with every save under the preview. A kept document
 * whose bytes no longer have the hash it was kept with is made again.
 */
public final class PdfCache {

    /** The parts of a document's key other than its HTML; every one changes the bytes. */
    public record Inputs(String html, boolean largePrint, String basePath, String baseUrl, PdfMaker.Dates dates, PdfFonts fonts) {
    }

    /** A document found or made, with the files it read (path to the hash of its bytes, "-" when it was missing). */
    public record Made(byte[] pdf, Map<String, String> files) {
    }

    private static final String FORMAT = "pdf-cache-2";
    private static final String OWN_HASH = "document ";

    private final Path folder;
    private final String code;

    public PdfCache(Path folder) {
        this(folder, codeIdentity());
    }

    PdfCache(Path folder, String code) {
        this.folder = folder;
        this.code = code;
    }

    /**
     * The document at {@code path} made from these inputs: the kept one when its inputs and every file it read are
     * unchanged, otherwise made by {@code make} (which records the files it reads) and kept for next time.
     */
    public byte[] document(String path, Inputs inputs, Function<String, Optional<byte[]>> files, Function<Function<String, Optional<byte[]>>, byte[]> make) {
        String key = keyOf(inputs);
        Optional<byte[]> kept = find(path, key, files);
        if (kept.isPresent()) return kept.get();
        Map<String, String> read = new TreeMap<>();
        byte[] pdf = make.apply(name -> {
            Optional<byte[]> bytes = files.apply(name);
            synchronized (read) {
                read.put(name, bytes.map(Sha256::hex).orElse("-"));
            }
            return bytes;
        });
        keep(path, key, new Made(pdf, read));
        return pdf;
    }

    /** The kept document at {@code path} for these inputs, when its inputs and every file it read are unchanged. */
    public Optional<byte[]> find(String path, Inputs inputs, Function<String, Optional<byte[]>> files) {
        return find(path, keyOf(inputs), files);
    }

    private Optional<byte[]> find(String path, String key, Function<String, Optional<byte[]>> files) {
        Path pdf = folder.resolve(fileName(path, key) + ".pdf");
        Path list = folder.resolve(fileName(path, key) + ".files");
        try {
            if (!Files.isRegularFile(pdf) || !Files.isRegularFile(list)) return Optional.empty();
            List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
            // The first line is the document's own hash: a kept file cut short or changed on disk is never published.
            byte[] kept = Files.readAllBytes(pdf);
            if (lines.isEmpty() || !lines.get(0).equals(OWN_HASH + Sha256.hex(kept))) return Optional.empty();
            for (String line : lines.subList(1, lines.size())) {
                int space = line.indexOf(' ');
                if (space < 0) return Optional.empty();
                String hash = line.substring(0, space);
                String now = files.apply(line.substring(space + 1)).map(Sha256::hex).orElse("-");
                if (!hash.equals(now)) return Optional.empty();
            }
            return Optional.of(kept);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a cache that cannot be read only costs the time of making the document again
        }
    }

    private void keep(String path, String key, Made made) {
        try {
            Files.createDirectories(folder);
            String prefix = addressPart(path) + ".";
            try (DirectoryStream<Path> older = Files.newDirectoryStream(folder, prefix + "*")) {
                for (Path file : older) Files.deleteIfExists(file);
            }
            List<String> lines = new ArrayList<>(List.of(OWN_HASH + Sha256.hex(made.pdf())));
            made.files().forEach((name, hash) -> lines.add(hash + " " + name));
            // The list is written last: a document without its list is never used.
            write(folder.resolve(fileName(path, key) + ".pdf"), made.pdf());
            write(folder.resolve(fileName(path, key) + ".files"), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // Not kept: the next build makes the document again.
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, bytes);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String fileName(String path, String key) {
        return addressPart(path) + "." + key;
    }

    /** The document's address as part of a file name: one file per address, whatever its folders. */
    private static String addressPart(String path) {
        return Sha256.hex(path).substring(0, 16);
    }

    String keyOf(Inputs inputs) {
        StringBuilder key = new StringBuilder(FORMAT).append('\n').append(code).append('\n')
                .append(inputs.largePrint()).append('\n').append(inputs.basePath()).append('\n').append(inputs.baseUrl()).append('\n')
                .append(inputs.dates()).append('\n');
        for (Path font : List.of(inputs.fonts().regular(), inputs.fonts().bold(), inputs.fonts().italic(), inputs.fonts().boldItalic())) {
            key.append(font).append(' ').append(sizeAndTime(font)).append('\n');
        }
        key.append(inputs.html());
        return Sha256.hex(key.toString()).substring(0, 32);
    }

    private static String sizeAndTime(Path file) {
        try {
            return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }

    /**
     * This copy of dueregard: the jar's path, size and time, or for compiled classes (the tests) the newest class
     * file's time. A new version of dueregard may make different bytes from the same page, so it makes its
     * documents again. Worked out once.
     */
    static String codeIdentity() {
        return CodeIdentity.VALUE;
    }

    private static final class CodeIdentity {
        static final String VALUE = find();

        private static String find() {
            try {
                Path code = Path.of(PdfCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(code)) return code + " " + sizeAndTime(code);
                try (java.util.stream.Stream<Path> files = Files.walk(code)) {
                    long newest = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().lastModified()).max().orElse(0);
                    return code + " " + newest;
                }
            } catch (Exception e) {
                return "unknown " + System.nanoTime(); // never found again
            }
        }
    }
}
