package org.dueregard.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dueregard.Problem;
import org.dueregard.ProblemsException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Joins the reports of a site checked in parts (each made by {@code check --shard K/N}) into one: every finding,
 * the build's errors once, and the numbers added up. Every part from 1 to N must be there exactly once, or nothing
 * is merged: a missing part would let unchecked pages through.
 */
public final class ReportMerge {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The merged findings (by page) and summary. */
    public record Merged(List<Finding> findings, CheckReports.Summary summary) {

        /** Whether anything must be fixed before the site is published. */
        public boolean blocks() {
            return !summary.buildErrors().isEmpty() || findings.stream().anyMatch(Finding::isError);
        }
    }

    private ReportMerge() {
    }

    /** Reads {@code results.json} from each folder and joins them. */
    public static Merged read(List<Path> folders) throws ProblemsException, IOException {
        Map<Integer, JsonNode> parts = new TreeMap<>();
        int count = -1;
        for (Path folder : folders) {
            JsonNode results = readResults(folder);
            String part = results.path("summary").path("part").asText("");
            Shard shard = Shard.parse(part).orElseThrow(() -> problem(folder, "is not the report of a part of the site (it was checked "
                    + (part.isEmpty() ? "by an older dueregard" : "as '" + part + "'") + ")", "Merge the report folders of 'dueregard check --shard K/N' runs."));
            if (count >= 0 && shard.count() != count) {
                throw problem(folder, "is part " + shard + ", but another report is one of " + count + " parts", "Merge the reports of one run only.");
            }
            count = shard.count();
            if (parts.put(shard.index(), results) != null) {
                throw problem(folder, "is part " + shard + " again", "Give each part's report folder once.");
            }
        }
        for (int index = 1; index <= count; index++) {
            if (!parts.containsKey(index)) {
                throw new ProblemsException(Problem.error("", 0, "The report of part " + index + "/" + count + " is missing, so "
                        + "its pages were not checked.", "Check that part (dueregard check --shard " + index + "/" + count
                        + ") and give its report folder to --merge with the others."));
            }
        }
        return join(new ArrayList<>(parts.values()));
    }

    private static Merged join(List<JsonNode> parts) {
        List<Finding> findings = new ArrayList<>();
        Set<String> buildErrors = new LinkedHashSet<>(); // every part builds the whole site, so each has the same ones
        int pages = 0;
        int inBrowser = 0;
        int fromCache = 0;
        long slowestStart = 0;
        long longest = 0;
        List<Long> medians = new ArrayList<>();
        String title = "";
        for (JsonNode part : parts) {
            JsonNode summary = part.path("summary");
            title = summary.path("site").asText(title);
            pages += summary.path("pages").asInt();
            inBrowser += summary.path("pagesCheckedInBrowser").asInt();
            fromCache += summary.path("pagesFromCache").asInt();
            slowestStart = Math.max(slowestStart, summary.path("browserStartMillis").asLong());
            longest = Math.max(longest, summary.path("totalMillis").asLong());
            if (summary.path("pagesCheckedInBrowser").asInt() > 0) medians.add(summary.path("medianPageMillis").asLong());
            summary.path("buildErrors").forEach(error -> buildErrors.add(error.asText()));
            for (JsonNode f : part.path("findings")) findings.add(findingOf(f));
        }
        findings.sort(Comparator.comparing(Finding::page)); // stable: each part's own order within a page
        long median = medians.isEmpty() ? 0 : medians.stream().sorted().toList().get(medians.size() / 2);
        return new Merged(List.copyOf(findings), new CheckReports.Summary(title, pages, inBrowser, fromCache, slowestStart, median,
                longest, parts.size() + " parts", List.copyOf(buildErrors)));
    }

    private static Finding findingOf(JsonNode f) {
        return new Finding(f.path("rule").asText(), f.path("engine").asText(), Problem.Severity.valueOf(f.path("severity").asText("error")
                .toUpperCase(Locale.ROOT)), f.path("page").asText(), f.path("file").asText(), f.path("line").asInt(),
                f.path("message").asText(), f.path("fix").asText(), f.path("help").asText(), f.path("element").asText());
    }

    private static JsonNode readResults(Path folder) throws ProblemsException, IOException {
        Path file = folder.resolve("results.json");
        if (!Files.isRegularFile(file)) {
            throw problem(folder, "has no results.json", "Give the folder 'dueregard check --shard K/N' wrote its report to (check-report/).");
        }
        try {
            JsonNode results = JSON.readTree(file.toFile());
            if (!results.path("findings").isArray()) throw problem(folder, "has a results.json without findings", "Give the check's own report folder.");
            return results;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw problem(folder, "has a results.json that cannot be read (" + e.getOriginalMessage() + ")", "Check the part again to make a new report.");
        }
    }

    private static ProblemsException problem(Path folder, String what, String fix) {
        return new ProblemsException(Problem.error("", 0, "The report folder " + folder + " " + what + ".", fix));
    }
}
