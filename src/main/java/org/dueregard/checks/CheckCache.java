package org.dueregard.checks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Browser results by page content: a page whose HTML (and the site's styles) did not change since it was last
 * checked is not opened in the browser again. Kept in a JSON file outside the published site.
 */
public final class CheckCache {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path file;
    private final Map<String, List<RawFinding>> previous;
    private final Map<String, List<RawFinding>> current = new TreeMap<>();

    private CheckCache(Path file, Map<String, List<RawFinding>> previous) {
        this.file = file;
        this.previous = previous;
    }

    /** Opens the cache; a missing or unreadable file is an empty cache (everything is checked again). */
    public static CheckCache open(Path file) {
        if (Files.isRegularFile(file)) {
            try {
                return new CheckCache(file, JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, List<RawFinding>>>() { }));
            } catch (IOException e) {
                // A damaged cache only costs time: start again.
            }
        }
        return new CheckCache(file, Map.of());
    }

    public Optional<List<RawFinding>> find(String key) {
        List<RawFinding> findings = previous.get(key);
        if (findings != null) current.put(key, findings);
        return Optional.ofNullable(findings);
    }

    public void put(String key, List<RawFinding> findings) {
        current.put(key, List.copyOf(findings));
    }

    /** Writes the entries used in this run only, so the file never grows beyond the site. */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), current);
    }
}
