package org.dueregard.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The font every document is set in, embedded so the PDF looks the same everywhere (PDF/UA asks for it): Liberation
 * Sans (SIL Open Font License), shipped in the theme's {@code fonts/} folder. A site can put its own files of the same
 * names in its {@code fonts/} folder.
 *
 * @param regular    the upright face
 * @param bold       the bold face
 * @param italic     the italic face
 * @param boldItalic the bold italic face
 */
public record PdfFonts(Path regular, Path bold, Path italic, Path boldItalic) {

    /** The family name the print template's styles ask for. */
    public static final String FAMILY = "Liberation Sans";

    /** Finds the four faces in the theme's layers (the site's own first), or nothing when one is missing. */
    public static Optional<PdfFonts> find(List<Path> themeLayers) {
        Optional<Path> regular = face(themeLayers, "LiberationSans-Regular.ttf");
        Optional<Path> bold = face(themeLayers, "LiberationSans-Bold.ttf");
        Optional<Path> italic = face(themeLayers, "LiberationSans-Italic.ttf");
        Optional<Path> boldItalic = face(themeLayers, "LiberationSans-BoldItalic.ttf");
        if (regular.isEmpty() || bold.isEmpty() || italic.isEmpty() || boldItalic.isEmpty()) return Optional.empty();
        return Optional.of(new PdfFonts(regular.get(), bold.get(), italic.get(), boldItalic.get()));
    }

    /**
     * The same faces as files on disk: openhtmltopdf 1.1.31 gives the charts' drawer (Batik) only fonts from files, and
     * the built-in theme's fonts are inside the jar. Copied once per run to a temporary folder, deleted at exit.
     */
    public PdfFonts onDisk() {
        if (regular.getFileSystem().equals(java.nio.file.FileSystems.getDefault())) return this;
        return ON_DISK.computeIfAbsent(this, fonts -> {
            try {
                Path folder = Files.createTempDirectory("dueregard-fonts");
                folder.toFile().deleteOnExit();
                return new PdfFonts(copy(fonts.regular, folder), copy(fonts.bold, folder), copy(fonts.italic, folder), copy(fonts.boldItalic, folder));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("The theme's fonts cannot be copied to a temporary folder", e);
            }
        });
    }

    private static final java.util.Map<PdfFonts, PdfFonts> ON_DISK = new java.util.concurrent.ConcurrentHashMap<>();

    private static Path copy(Path font, Path folder) throws java.io.IOException {
        Path target = folder.resolve(font.getFileName().toString());
        Files.copy(font, target);
        target.toFile().deleteOnExit();
        return target;
    }

    private static Optional<Path> face(List<Path> layers, String name) {
        return layers.stream().map(layer -> layer.resolve("fonts").resolve(name)).filter(Files::isRegularFile).findFirst();
    }
}
