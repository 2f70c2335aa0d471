package org.dueregard.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files people keep in the output folder that the build does not make and must not delete: a GitHub Pages custom
 * domain (CNAME), .nojekyll, .well-known/ (security.txt, domain checks), and whatever dueregard.yml lists under
 * {@code keep:}. Each build carries them over from the previous output; a file the build makes itself wins.
 *
 * @param paths paths relative to the output folder with forward slashes; one ending in "/" keeps a whole folder
 */
public record KeptFiles(List<String> paths) {

    public static final List<String> ALWAYS = List.of("CNAME", ".nojekyll", ".well-known/");

    /** The files always kept plus the site's own list. */
    public static KeptFiles of(List<String> sitePaths) {
        List<String> all = new ArrayList<>(ALWAYS);
        sitePaths.stream().filter(path -> !all.contains(path)).forEach(all::add);
        return new KeptFiles(List.copyOf(all));
    }

    public static final KeptFiles DEFAULT = of(List.of());

    /** Whether a file of the output folder (relative, forward slashes) is one to keep. */
    public boolean matches(String relative) {
        for (String path : paths) {
            if (path.endsWith("/") ? relative.startsWith(path) : relative.equals(path)) return true;
        }
        return false;
    }

    /** Copies the kept files of {@code from} into {@code to}, unless {@code to} already has a file there. Links are never copied. */
    void carryOver(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) return;
        for (String relative : keptIn(from)) {
            Path target = to.resolve(relative);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) continue;
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(relative), target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /**
     * The kept files in a folder, relative and sorted: ordinary files only, never a link. Each kept path is looked up
     * directly (a kept folder is walked), rather than walking the whole site for a CNAME.
     */
    List<String> keptIn(Path folder) throws IOException {
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (String path : paths) {
            Path target = folder.resolve(path).normalize();
            if (!target.startsWith(folder) || target.equals(folder) || throughLink(folder, target)) continue;
            if (!path.endsWith("/")) {
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) found.add(path);
            } else if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(target)) {
                    walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                            .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                            .filter(this::matches).forEach(found::add);
                }
            }
        }
        return List.copyOf(found);
    }

    /** Whether a folder on the way from {@code folder} to {@code target} is a link (a walk would not enter it). */
    private static boolean throughLink(Path folder, Path target) {
        for (Path up = target.getParent(); up != null && !up.equals(folder); up = up.getParent()) {
            if (Files.isSymbolicLink(up)) return true;
        }
        return false;
    }
}
