package org.dueregard.render;

import org.dueregard.config.SiteConfig;
import org.dueregard.config.SiteConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the built-in theme is read from: the launcher's folder when it holds the theme, otherwise the jar. */
class ThemeTest {

    /** The folder the jar's theme is built from, as the launcher names it. */
    private static final Path THEMES = Path.of("themes").toAbsolutePath();

    private final SiteConfig config = config();

    @Test
    void readsTheBuiltInThemeFromTheLaunchersFolder(@TempDir Path site) throws Exception {
        Theme theme = Theme.load(site, config, Optional.of(THEMES));

        assertEquals(List.of(site, THEMES.resolve("default")), theme.layers());
        Path stylesheet = theme.assets().get("css/dueregard.css");
        assertEquals(THEMES.resolve("default/assets/css/dueregard.css"), stylesheet);
    }

    @Test
    void readsTheSameThemeFromTheJarWithoutTheFolder(@TempDir Path site) throws Exception {
        Theme fromFolder = Theme.load(site, config, Optional.of(THEMES));
        Theme fromClassPath = Theme.load(site, config, Optional.empty());

        Path builtIn = fromClassPath.layers().get(1);
        assertTrue(!builtIn.startsWith(THEMES), "read from the class path, not the launcher's folder: " + builtIn);
        assertEquals(fromFolder.assets().keySet(), fromClassPath.assets().keySet());
        assertEquals(Files.readString(fromFolder.layers().get(1).resolve("templates/base.peb")),
                Files.readString(builtIn.resolve("templates/base.peb")));
    }

    @Test
    void aFolderWithoutTheThemeFallsBackToTheJar(@TempDir Path site, @TempDir Path empty) throws Exception {
        Theme theme = Theme.load(site, config, Optional.of(empty));

        assertEquals(2, theme.layers().size());
        assertTrue(Files.isRegularFile(theme.layers().get(1).resolve("templates/base.peb")));
        assertTrue(!theme.layers().get(1).startsWith(empty));
    }

    @Test
    void aSiteWhoseOwnThemeIsThatFolderHasItOnce() throws Exception {
        Path dueregardFolder = THEMES.getParent();

        Theme theme = Theme.load(dueregardFolder, config, Optional.of(THEMES));

        assertEquals(List.of(dueregardFolder, dueregardFolder.resolve("themes/default")), theme.layers());
    }

    private static SiteConfig config() {
        try {
            return SiteConfigLoader.parse("title: A site\norganisation: A council\nbase_url: https://example.org/\n", "dueregard.yml");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
