package org.dueregard.pipeline;

import org.dueregard.site.Languages;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * For a site with translations: which of its pages are in which language. One line for the build's output, and the
 * list by page in .dueregard/languages.txt for the team (it is not published).
 */
final class LanguageReport {

    static final String FILE = "languages.txt";

    private LanguageReport() {
    }

    /** Writes the list and returns the summary line; empty when the site has no translations. */
    static Optional<String> write(Path root, Site site) throws IOException {
        List<String> codes = site.config().translations().languages();
        if (codes.isEmpty()) return Optional.empty();
        Languages languages = site.languages();
        List<Page> originals = site.pages().stream()
                .filter(page -> !page.generated() && !languages.isTranslation(page)).toList();
        StringBuilder list = new StringBuilder("Each page of the site and the languages it is published in (made by the last build).\n\n");
        int[] counts = new int[codes.size()];
        for (Page page : originals) {
            List<String> in = new ArrayList<>(List.of(site.config().language()));
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                boolean has = languages.versionsOf(page).stream().skip(1).flatMap(source -> site.findPage(source).stream())
                        .anyMatch(version -> languages.languageOf(version).equals(code));
                if (has) {
                    in.add(code);
                    counts[i]++;
                }
            }
            list.append(page.file()).append(": ").append(String.join(", ", in)).append('\n');
        }
        Path folder = root.resolve(".dueregard");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(FILE), list.toString(), StandardCharsets.UTF_8);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            parts.add(Languages.nameOf(codes.get(i), Locale.UK) + " " + counts[i] + " of " + originals.size());
        }
        return Optional.of("Pages translated: " + String.join(", ", parts) + ". Each page's languages: " + folder.resolve(FILE));
    }
}
