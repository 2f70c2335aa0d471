package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.dueregard.config.SiteConfig;
import org.dueregard.config.SiteConfigLoader;
import org.dueregard.content.SiteFileGuard;
import org.dueregard.content.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Stage 1: the site's settings from dueregard.yml, with the command line's base URL over its own. */
final class ConfigReader {

    private ConfigReader() {
    }

    static SiteConfig read(Path root, BuildOptions options) throws ProblemsException, IOException {
        Path file = root.resolve(SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new ProblemsException(Problem.error(SiteConfig.FILE_NAME, 0, "There is no " + SiteConfig.FILE_NAME + " in " + root + ".",
                    "Run the command in your site's folder (the one with " + SiteConfig.FILE_NAME + "), pass --source FOLDER, "
                            + "or create the file with at least title:, organisation: and base_url:."));
        }
        Optional<Problem> outside = new SiteFileGuard(root).checkSettingsFile(SiteConfig.FILE_NAME);
        if (outside.isPresent()) throw new ProblemsException(outside.get());
        SiteConfig config = SiteConfigLoader.parse(SourceText.decodeUtf8(Files.readAllBytes(file), SiteConfig.FILE_NAME), SiteConfig.FILE_NAME);
        return options.baseUrl().map(config::withBaseUrl).orElse(config);
    }
}
