package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.Suggestions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every dataset of the site, by name (its file name without .yml). Names must be unique across the site. */
public final class DatasetLibrary {

    private final Map<String, Dataset> datasets;

    private DatasetLibrary(Map<String, Dataset> datasets) {
        this.datasets = datasets;
    }

    public static DatasetLibrary of(List<Dataset> list, Problems problems) {
        Map<String, Dataset> byName = new TreeMap<>();
        for (Dataset dataset : list) {
            Dataset earlier = byName.putIfAbsent(dataset.name(), dataset);
            if (earlier != null) {
                problems.add(Problem.error(dataset.file(), 1, "Two datasets are called '" + dataset.name() + "' (the other is "
                        + earlier.file() + ").", "Rename one of the files: pages refer to datasets by file name."));
            }
        }
        return new DatasetLibrary(byName);
    }

    public static DatasetLibrary empty() {
        return new DatasetLibrary(Map.of());
    }

    /** A dataset by name, or by a path to its file ("data/pay-gap-2024.yml"). */
    public Optional<Dataset> find(String nameOrPath) {
        return Optional.ofNullable(datasets.get(nameOf(nameOrPath)));
    }

    /** " - did you mean 'x'?" or "." */
    public String suggestOrStop(String nameOrPath) {
        return Suggestions.didYouMeanOrStop(nameOf(nameOrPath), datasets.keySet());
    }

    public Collection<Dataset> all() {
        return datasets.values();
    }

    public static String nameOf(String nameOrPath) {
        String name = nameOrPath.substring(nameOrPath.lastIndexOf('/') + 1);
        return name.replaceFirst("\\.(ya?ml)$", "");
    }
}
