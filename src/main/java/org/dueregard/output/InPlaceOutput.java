package org.dueregard.output;

import org.dueregard.ProblemsException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * For the preview's incremental rebuilds: changes are held until the build succeeds, then only files whose bytes
 * differ are written, and files the site no longer has are deleted. A failed build writes nothing, so the last
 * good pages stay on disk. Never used for published builds, which swap a whole staging folder in.
 */
public final class InPlaceOutput implements SiteOutput {

    private final Path folder;
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
    private final Map<String, Path> copies = new ConcurrentHashMap<>();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    private InPlaceOutput(Path folder) {
        this.folder = folder;
    }

    /** The same safety checks as a staging folder: never the site folder, never inside content, never a stranger's. */
    public static InPlaceOutput open(Path output, Path siteRoot, Path contentFolder) throws ProblemsException, IOException {
        Path out = OutputFolderGuard.checkSafe(output, siteRoot, contentFolder, KeptFiles.DEFAULT);
        Files.createDirectories(out);
        return new InPlaceOutput(out);
    }

    @Override
    public void writeText(String relativePath, String text) {
        writeBytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeBytes(String relativePath, byte[] bytes) {
        pending.put(checked(relativePath), bytes);
    }

    @Override
    public void copy(Path source, String relativePath) {
        copies.put(checked(relativePath), source);
    }

    @Override
    public void keep(String relativePath) {
        kept.add(checked(relativePath));
    }

    @Override
    public Path path() {
        return folder;
    }

    /** How many files the last commit actually wrote (unchanged bytes are not rewritten). */
    private int written;

    public int written() {
        return written;
    }

    @Override
    public void commit() throws IOException {
        written = 0;
        Set<String> produced = new HashSet<>(kept);
        produced.addAll(pending.keySet());
        produced.addAll(copies.keySet());
        produced.add(StagingFolder.MARKER);
        pending.put(StagingFolder.MARKER, OutputFolderGuard.markerText(produced).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> file : pending.entrySet()) writeIfChanged(file.getKey(), file.getValue());
        for (Map.Entry<String, Path> file : copies.entrySet()) writeIfChanged(file.getKey(), Files.readAllBytes(file.getValue()));
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> stale = walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(relative -> !produced.contains(relative) && !KeptFiles.DEFAULT.matches(relative))
                    .map(folder::resolve).toList();
            for (Path file : stale) Files.delete(file);
        }
        pending.clear();
        copies.clear();
        kept.clear();
    }

    private void writeIfChanged(String relativePath, byte[] bytes) throws IOException {
        Path target = folder.resolve(relativePath);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) return;
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        written++;
    }

    @Override
    public void discard() {
        pending.clear();
        copies.clear();
        kept.clear();
    }

    private String checked(String relativePath) {
        Path target = folder.resolve(relativePath).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            throw new IllegalArgumentException("Refusing to write outside the output folder: " + relativePath);
        }
        return folder.relativize(target).toString().replace('\\', '/');
    }

}
