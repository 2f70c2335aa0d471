package org.dueregard.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stamp for every source file at one moment, to find what changed since then. A stamp is the size, the
 * modification time, the file's identity and, where the system keeps one, its change time (which no copy tool can
 * set back). A file modified in the last few seconds also gets a hash of its content: file systems that keep times
 * to the second (or to the clock tick) give two quick saves the same time, and an edit often keeps the size.
 */
final class SourceStamps {

    /** Longer than the coarsest common time granularity (FAT's 2 seconds). */
    private static final Duration RECENT = Duration.ofSeconds(3);
    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    private final Map<String, String> stamps;

    private SourceStamps(Map<String, String> stamps) {
        this.stamps = Map.copyOf(stamps);
    }

    static SourceStamps read(Path root) throws IOException {
        Instant recent = Instant.now().minus(RECENT);
        Map<String, String> stamps = new HashMap<>();
        for (String name : SiteSources.FILES) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) stamps.put(name, stampOf(file, recent));
        }
        for (String name : SiteSources.FOLDERS) {
            Path folder = root.resolve(name);
            if (Files.isDirectory(folder)) walk(root, folder, recent, stamps);
        }
        return new SourceStamps(stamps);
    }

    /** The files added, removed or changed between this moment and a later one, as paths from the site folder. */
    Set<String> changedIn(SourceStamps later) {
        Set<String> changed = new TreeSet<>();
        Set<String> all = new HashSet<>(stamps.keySet());
        all.addAll(later.stamps.keySet());
        for (String file : all) {
            if (!Objects.equals(stamps.get(file), later.stamps.get(file))) changed.add(file);
        }
        return changed;
    }

    private static void walk(Path root, Path folder, Instant recent, Map<String, String> stamps) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (attributes.isRegularFile() && SiteSources.isSource(relative)) stamps.put(relative, stampOf(file, recent));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // Deleted while we looked, or unreadable: the build reports an unreadable file; a deleted one is absent.
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String stampOf(Path file, Instant recent) {
        try {
            Map<String, Object> a = Files.readAttributes(file, UNIX ? "unix:size,lastModifiedTime,ctime,fileKey" : "size,lastModifiedTime,fileKey");
            FileTime modified = (FileTime) a.get("lastModifiedTime");
            String stamp = a.get("size") + "|" + modified.toInstant() + "|" + a.get("ctime") + "|" + a.get("fileKey");
            boolean racy = modified.toInstant().isAfter(recent) || a.get("ctime") instanceof FileTime changed && changed.toInstant().isAfter(recent);
            return racy ? stamp + "|" + hashOf(file) : stamp;
        } catch (NoSuchFileException e) {
            return "deleted";
        } catch (IOException e) {
            return "unreadable: " + e.getClass().getSimpleName();
        }
    }

    private static String hashOf(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256.", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
