package org.dueregard.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
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
import java.util.concurrent.TimeUnit;

/**
 * A stamp for every source file at one moment, to find what changed since then. A stamp is the size, the
 * modification time, the file's identity and, where the system keeps one, its change time (which no copy tool can
 * set back). A file modified in the last few seconds also gets a hash of its content: file systems that keep times
 * to the second (or to the clock tick) give two quick saves the same time, and an edit often keeps the size.
 */
final class SourceStamps {

    /** Longer than the coarsest common time granularity (FAT's 2 seconds). */
    private static final Duration RECENT = Duration.ofSeconds(3);
    /** The change time and inode where the system has them (not on Windows), in the same single stat. */
    private static final String ATTRIBUTES = FileSystems.getDefault().supportedFileAttributeViews().contains("unix")
            ? "unix:size,lastModifiedTime,ctime,ino,isDirectory,isRegularFile" : "size,lastModifiedTime,isDirectory,isRegularFile";

    private final Map<String, String> stamps;

    private SourceStamps(Map<String, String> stamps) {
        this.stamps = Map.copyOf(stamps);
    }

    static SourceStamps read(Path root) throws IOException {
        Instant recent = Instant.now().minus(RECENT);
        Map<String, String> stamps = new HashMap<>();
        for (String name : SiteSources.FILES) {
            Map<String, Object> attributes = attributesOf(root.resolve(name));
            if (Boolean.TRUE.equals(attributes.get("isRegularFile"))) stamps.put(name, stampOf(root.resolve(name), attributes, recent));
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

    /** One stat a file, links followed (a build reads through them), but no linked folder is entered, as in a build. */
    private static void walk(Path root, Path folder, Instant recent, Map<String, String> stamps) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String relative = root.relativize(entry).toString().replace('\\', '/');
                if (!SiteSources.isSource(relative)) continue;
                Map<String, Object> attributes = attributesOf(entry);
                if (attributes.isEmpty()) continue;
                if (Boolean.TRUE.equals(attributes.get("isDirectory"))) {
                    if (!Files.isSymbolicLink(entry)) walk(root, entry, recent, stamps);
                } else if (Boolean.TRUE.equals(attributes.get("isRegularFile"))) {
                    stamps.put(relative, stampOf(entry, attributes, recent));
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            // The folder went while we looked: its files are gone, which the next look will also see.
        }
    }

    /** Empty when the file went while we looked, or cannot be read (a build reports that with the file's name). */
    private static Map<String, Object> attributesOf(Path file) {
        try {
            return Files.readAttributes(file, ATTRIBUTES);
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static String stampOf(Path file, Map<String, Object> attributes, Instant recent) {
        FileTime modified = (FileTime) attributes.get("lastModifiedTime");
        FileTime changed = (FileTime) attributes.getOrDefault("ctime", modified);
        String stamp = attributes.get("size") + ":" + nanos(modified) + ":" + nanos(changed) + ":" + attributes.get("ino");
        if (modified.toInstant().isBefore(recent) && changed.toInstant().isBefore(recent)) return stamp;
        try {
            return stamp + ":" + hashOf(file);
        } catch (IOException e) {
            return stamp + ":unreadable";
        }
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
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
