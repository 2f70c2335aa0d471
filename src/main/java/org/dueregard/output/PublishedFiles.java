package org.dueregard.output;

import org.dueregard.Problem;
import org.dueregard.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Publishes a file as it is (an image or document beside a page, or a site's own theme asset) only once it is safe
 * for the program that opens it: an SVG is rewritten by {@link SvgSanitizer}; any other image, document or text file
 * must be what its extension says. Very large pictures are warned about with their size.
 */
public final class PublishedFiles {

    /** Larger images slow pages down on a phone connection. */
    public static final long IMAGE_WARNING_BYTES = 5L * 1024 * 1024;
    /** An SVG drawing is rarely this large unless a bitmap or a traced photo is inside it. */
    public static final long SVG_WARNING_BYTES = 1024L * 1024;
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif");
    /** How many things taken out of one SVG are listed by name; the rest are counted. */
    private static final int LISTED_REMOVALS = 5;

    private PublishedFiles() {
    }

    /**
     * Copies {@code source} to {@code relativePath} in the output, or reports why not.
     *
     * @param file the file as messages name it ("content/reports/chart.png")
     */
    public static void publish(Path source, String file, String relativePath, SiteOutput output, Problems problems) throws IOException {
        String extension = extensionOf(relativePath);
        long size = Files.size(source);
        if (extension.equals("svg")) {
            if (size > SVG_WARNING_BYTES) problems.add(sizeWarning(file, size, "SVG pictures", SVG_WARNING_BYTES));
            publishSvg(Files.readAllBytes(source), file, relativePath, output, problems);
            return;
        }
        if (FileSignatures.isChecked(extension)) {
            byte[] start = FileSignatures.needsWholeFile(extension) ? Files.readAllBytes(source) : readStart(source);
            if (!FileSignatures.matches(extension, start)) {
                problems.add(mismatch(file, extension, start));
                return;
            }
        }
        if (IMAGES.contains(extension) && size > IMAGE_WARNING_BYTES) problems.add(sizeWarning(file, size, "images", IMAGE_WARNING_BYTES));
        output.copy(source, relativePath);
    }

    private static void publishSvg(byte[] bytes, String file, String relativePath, SiteOutput output, Problems problems) {
        SvgSanitizer.Result result = SvgSanitizer.sanitise(bytes);
        if (result instanceof SvgSanitizer.Refused refused) {
            problems.add(Problem.error(file, refused.line(), "This SVG picture cannot be published safely. " + refused.reason(), refused.fix()));
            return;
        }
        SvgSanitizer.Clean clean = (SvgSanitizer.Clean) result;
        if (!clean.removed().isEmpty()) problems.add(removalWarning(file, clean.removed()));
        output.writeBytes(relativePath, clean.svg());
    }

    private static Problem removalWarning(String file, List<SvgSanitizer.Removal> removed) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED_REMOVALS, removed.size()); i++) {
            SvgSanitizer.Removal removal = removed.get(i);
            list.append(i == 0 ? "" : "; ").append(removal.what()).append(removal.line() > 0 ? " (line " + removal.line() + ")" : "");
        }
        if (removed.size() > LISTED_REMOVALS) list.append("; and ").append(removed.size() - LISTED_REMOVALS).append(" more");
        return Problem.warning(file, removed.get(0).line(), "Parts of this SVG picture that could run a script or load something "
                + "from elsewhere were left out of the published copy: " + list + ".",
                "Take them out of the file (or export it again as plain SVG) so the published picture is the one you drew.");
    }

    private static Problem mismatch(String file, String extension, byte[] start) {
        String actual = FileSignatures.findActualKind(start).map(kind -> "it looks like " + kind).orElse("its content is something else");
        return Problem.error(file, 0, "This file is named ." + extension + " but is not " + FileSignatures.kindOf(extension) + ": " + actual + ".",
                "Only publish a file under its own kind's extension: save it again as " + FileSignatures.kindOf(extension)
                        + ", give it the right extension (and change the links to it), or delete it.");
    }

    private static Problem sizeWarning(String file, long size, String kind, long limit) {
        return Problem.warning(file, 0, String.format(Locale.ROOT, "This file is %.1f MB; %s over %d MB are slow to load on a phone.",
                size / 1024.0 / 1024.0, kind, limit / 1024 / 1024), "Make it smaller: export it at the size it is shown, or compress it.");
    }

    private static byte[] readStart(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return in.readNBytes(FileSignatures.HEAD_BYTES);
        }
    }

    private static String extensionOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
