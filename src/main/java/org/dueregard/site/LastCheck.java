package org.dueregard.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts of the last accessibility check, kept in {@code .dueregard/last-check.json} so the accessibility
 * statement can say when the site was last tested and what was found, the same way every time it is built.
 *
 * @param errors   problems that must be fixed
 * @param accepted problems accepted for now (dueregard.yml accessibility_exceptions), still in date
 */
public record LastCheck(LocalDate date, int pages, long errors, long accepted) {

    public static final String FILE = "last-check.json";

    /** The last check recorded in the site's .dueregard folder, or empty when there has been none (or it cannot be read). */
    public static Optional<LastCheck> find(Path dueregardFolder) {
        Path file = dueregardFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            JsonNode node = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            return Optional.of(new LastCheck(LocalDate.parse(node.path("date").asText()), node.path("pages").asInt(),
                    node.path("errors").asLong(), node.path("accepted").asLong()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged record is as good as none: the next check writes it again
        }
    }

    public void write(Path dueregardFolder) throws IOException {
        Files.createDirectories(dueregardFolder);
        String json = "{\n  \"date\": \"" + date + "\",\n  \"pages\": " + pages + ",\n  \"errors\": " + errors + ",\n  \"accepted\": " + accepted + "\n}\n";
        Files.writeString(dueregardFolder.resolve(FILE), json, StandardCharsets.UTF_8);
    }
}
