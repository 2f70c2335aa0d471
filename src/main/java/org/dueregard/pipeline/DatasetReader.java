package org.dueregard.pipeline;

import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.content.ContentFiles;
import org.dueregard.content.SiteFileGuard;
import org.dueregard.content.SourceText;
import org.dueregard.data.Dataset;
import org.dueregard.data.DatasetLibrary;
import org.dueregard.data.DatasetParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Stage 4: every dataset, read in parallel; a dataset with problems is reported and left out. */
final class DatasetReader {

    private DatasetReader() {
    }

    static DatasetLibrary readAll(Path root, ContentFiles files, Problems problems) {
        List<Dataset> datasets = Parallel.map(files.datasets(), sourcePath -> read(root, files, sourcePath, problems))
                .stream().flatMap(List::stream).toList();
        datasets.forEach(dataset -> problems.addAll(dataset.warnings()));
        return DatasetLibrary.of(datasets, problems);
    }

    private static List<Dataset> read(Path root, ContentFiles files, String sourcePath, Problems problems) {
        String file = "content/" + sourcePath;
        Path folder = root.resolve(file).getParent();
        try {
            String text = SourceText.decodeUtf8(Files.readAllBytes(root.resolve(file)), file);
            return DatasetParser.parseFile(DatasetLibrary.nameOf(sourcePath), text, file, (relative, limit) -> {
                Path sibling = folder.resolve(relative).normalize();
                String name = root.relativize(sibling).toString().replace('\\', '/');
                // Only files the scan listed (links that leave the site and pipes were refused there).
                if (!sibling.startsWith(root.resolve("content")) || !files.records().contains(name.substring("content/".length()))) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(sibling)) {
                    return Optional.of(in.readNBytes(limit + 1));
                }
            });
        } catch (ProblemsException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(SiteFileGuard.unreadable(file, e));
        }
        return List.of();
    }
}
