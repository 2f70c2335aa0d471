package org.dueregard.render;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.dueregard.config.SiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where templates and assets come from, in order of precedence: the site's own {@code templates/} and
 * {@code assets/} folders, then {@code themes/NAME/} in the site, then the theme built into dueregard. A site
 * overrides one file by putting a file at the same relative path; it never has to copy the whole theme.
 */
public final class Theme {

    static final String BUILT_IN = "dueregard/themes/";
    private static final String MARKER = "templates/base.peb";

    private final List<Path> layers;

    private Theme(List<Path> layers) {
        this.layers = List.copyOf(layers);
    }

    /**
     * Where the launcher says the built-in themes lie as plain folders: the {@code themes/} its jar was built from
     * (it builds the jar again when they change). Read there, a build does not open the 50 MB jar as a file system,
     * which took about 50 ms and 6 MB of memory on every run (bench/README.md). Unset when the jar is run directly.
     */
    static final String BUILT_IN_FOLDER = "DUEREGARD_BUILT_IN_THEMES";

    /** Finds the theme named in the config; an unknown theme is a problem on the config's 'theme' line. */
    public static Theme load(Path siteRoot, SiteConfig config) throws ProblemsException {
        String folder = System.getenv(BUILT_IN_FOLDER);
        return load(siteRoot, config, folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder)));
    }

    static Theme load(Path siteRoot, SiteConfig config, Optional<Path> builtInFolder) throws ProblemsException {
        List<Path> layers = new ArrayList<>();
        layers.add(siteRoot);
        Path siteTheme = siteRoot.resolve("themes").resolve(config.theme());
        if (Files.isRegularFile(siteTheme.resolve(MARKER))) {
            layers.add(siteTheme);
        }
        // The sample site in dueregard's own folder uses that folder's themes/ as its own and as the built-in one.
        findBuiltIn(config.theme(), builtInFolder).filter(theme -> !isSameFolder(theme, siteTheme)).ifPresent(layers::add);
        if (layers.size() == 1) {
            throw new ProblemsException(Problem.error(SiteConfig.FILE_NAME, 0, "There is no theme called '" + config.theme() + "'.",
                    "Use theme: default, or put the theme in themes/" + config.theme() + "/ with a templates/base.peb."));
        }
        checkSiteFiles(siteRoot, layers);
        return new Theme(layers);
    }

    /** The site's own templates, assets and words may not link outside the site folder or be unreadable: they are published. */
    private static void checkSiteFiles(Path siteRoot, List<Path> layers) throws ProblemsException {
        org.dueregard.Problems problems = new org.dueregard.Problems();
        try {
            org.dueregard.content.SiteFileGuard guard = new org.dueregard.content.SiteFileGuard(siteRoot);
            for (Path layer : layers) {
                if (!layer.getFileSystem().equals(siteRoot.getFileSystem()) || !layer.startsWith(siteRoot)) continue;
                for (String folder : List.of("templates", "assets", "messages")) {
                    Path dir = layer.resolve(folder);
                    if (Files.isDirectory(dir)) checkFolder(siteRoot, dir, guard, problems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.throwIfErrors();
    }

    /** What a site's own assets may be: styles, scripts, fonts, pictures and the picture set's list; never pages. */
    static final java.util.Set<String> ASSET_EXTENSIONS = java.util.Set.of("css", "js", "mjs", "json", "map", "webmanifest", "svg", "png",
            "jpg", "jpeg", "gif", "webp", "avif", "ico", "woff", "woff2", "ttf", "otf", "txt", "yml");

    private static void checkFolder(Path siteRoot, Path dir, org.dueregard.content.SiteFileGuard guard, org.dueregard.Problems problems)
            throws IOException {
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                guard.check(file, shown(file)).problem().filter(Problem::isError).ifPresent(problems::add);
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
                if (dir.endsWith("assets") && !name.startsWith(".") && !ASSET_EXTENSIONS.contains(extension)) {
                    problems.add(Problem.error(shown(file), 0, "The theme file '" + file.getFileName() + "' is not a kind of file a theme publishes"
                                    + (extension.matches("x?html?|xml|shtml|xht|svgz") ? ": it is a web page or a document a browser runs scripts from, and "
                                    + "only pages built from content/ are checked and published." : "."),
                            "Write pages as Markdown in content/. Theme assets are styles, scripts, fonts and pictures ("
                                    + String.join(", ", ASSET_EXTENSIONS.stream().sorted().toList()) + ")."));
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(org.dueregard.content.SiteFileGuard.unreadable(shown(file), e));
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            private String shown(Path file) {
                return siteRoot.relativize(file).toString().replace('\\', '/');
            }
        });
    }

    /** The folders searched, most important first; each has templates/ and assets/ folders. */
    public List<Path> layers() {
        return layers;
    }

    /** Every asset by its path below assets/ ("css/site.css"), from the layer that wins. Sorted. */
    public Map<String, Path> assets() {
        Map<String, Path> assets = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Path folder = layers.get(i).resolve("assets");
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).forEach(file -> {
                    String relative = folder.relativize(file).toString().replace('\\', '/');
                    if (!relative.startsWith(".")) assets.put(relative, file);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return assets;
    }

    /** Whether any layer has a template of this name ("page.peb"). */
    public boolean hasTemplate(String name) {
        return layers.stream().anyMatch(layer -> Files.isRegularFile(layer.resolve("templates").resolve(name)));
    }

    private static boolean isSameFolder(Path a, Path b) {
        try {
            return a.getFileSystem().equals(b.getFileSystem()) && Files.isDirectory(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The built-in theme of this name: from the folder given, when it holds that theme, or else from the jar. */
    private static Optional<Path> findBuiltIn(String name, Optional<Path> builtInFolder) {
        URL marker = Theme.class.getClassLoader().getResource(BUILT_IN + name + "/" + MARKER);
        if (marker == null) return Optional.empty();
        Optional<Path> folder = builtInFolder.map(themes -> themes.resolve(name).toAbsolutePath().normalize())
                .filter(theme -> Files.isRegularFile(theme.resolve(MARKER)));
        if (folder.isPresent()) return folder;
        try {
            URI uri = marker.toURI();
            Path markerPath;
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                }
                markerPath = jar.provider().getPath(uri);
            } else {
                markerPath = Path.of(uri);
            }
            return Optional.of(markerPath.getParent().getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("The built-in theme cannot be opened: " + e.getMessage(), e);
        }
    }
}
