package org.dueregard.preview;

import org.dueregard.output.ContentTypes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a page or file request gets: the file from the preview folder, or one of the preview's own pages. Until
 * the session's first build has worked nothing is read from the folder, as it may still hold the last session's
 * pages; while the last build failed, pages show its problems.
 */
final class PreviewContent {

    private final Path root;

    PreviewContent(Path root) {
        this.root = root;
    }

    /** The answer for this path in this state; the state is read once, before any file, so versions never run ahead. */
    HttpResponse answer(RequestPath path, PreviewState state) throws IOException {
        if (!state.built()) return beforeFirstBuild(path, state);
        if (!state.problems().isEmpty() && path.looksLikePage()) {
            return HttpResponse.html(200, StatusPages.problems(state.problems(), state.version()));
        }
        Optional<Path> file = find(path);
        try {
            if (file.isPresent()) return fileResponse(200, file.get(), state.version());
        } catch (NoSuchFileException e) {
            // A rebuild deleted it a moment ago: it is now a page the site does not have.
        }
        Path notFound = root.resolve("404.html");
        return Files.isRegularFile(notFound) ? fileResponse(404, notFound, state.version()) : HttpResponse.text(404, "Not found.");
    }

    private static HttpResponse beforeFirstBuild(RequestPath path, PreviewState state) {
        if (!state.problems().isEmpty()) {
            return path.looksLikePage() ? HttpResponse.html(200, StatusPages.problems(state.problems(), state.version()))
                    : HttpResponse.text(404, "Not found: the site could not be built yet.");
        }
        HttpResponse building = path.looksLikePage() ? HttpResponse.html(503, StatusPages.building(state.version()))
                : HttpResponse.text(503, "The preview is still being built.");
        return building.withHeader("Retry-After", "1");
    }

    /**
     * The file this path names inside the preview folder (a folder means its index.html); empty for dotfiles and
     * dot-folders, and for anything whose real location, links followed, is outside the folder.
     */
    Optional<Path> find(RequestPath path) throws IOException {
        if (path.isHidden()) return Optional.empty();
        Path file = root.resolve(path.relative()).normalize();
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        if (!file.startsWith(root) || !Files.isRegularFile(file)) return Optional.empty();
        return file.toRealPath().startsWith(root.toRealPath()) ? Optional.of(file) : Optional.empty();
    }

    private static HttpResponse fileResponse(int status, Path file, String version) throws IOException {
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (extension.equals("html")) {
            body = StatusPages.withReloadScript(new String(body, StandardCharsets.UTF_8), version).getBytes(StandardCharsets.UTF_8);
        }
        return HttpResponse.of(status, ContentTypes.of(extension), body);
    }
}
