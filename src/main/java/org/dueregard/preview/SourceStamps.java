package org.dueregard.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * A stamp for every source file at one moment, to find what changed since. A stamp is the size, the modification
 * time, the file's identity and, where the system keeps one, its change time (which no copy tool can set back).
 * File systems keep times to the second or to the clock tick, so two quick saves of the same size can leave the
 * same stamp: a file modified within a few seconds of a look also gets a hash of its content, which the next look
 * compares too (as git does for "racily clean" files). Later looks drop the hash, as a change would then move the
 * times.
 */
final class SourceStamps {

    /** Longer than the coarsest common time granularity (FAT's 2 seconds). */
    private static final Duration RECENT = Duration.ofSeconds(3);
    /** The change time and inode where the system has them (not on Windows), in one stat. */
    private static final String ATTRIBUTES = FileSystems.getDefault().supportedFileAttributeViews().contains("unix")
            ? "unix:size,lastModifiedTime,ctime,ino,isDirectory,isRegularFile" : "size,lastModifiedTime,isDirectory,isRegularFile";

    /** The metadata, and the content's hash when the file was recent at the look (else null). */
    private record Stamp(String metadata, String hash) {
    }

    /** A new look: the stamps now, and the files added, removed or changed since the look before. */
    record Look(SourceStamps stamps, Set<String> changed) {
    }

    private final Map<String, Stamp> stamps;

    /** Takes the map as it is: every look makes a new one, and no one else holds it. */
    private SourceStamps(Map<String, Stamp> stamps) {
        this.stamps = java.util.Collections.unmodifiableMap(stamps);
    }

    /** The first look, for a session's first build. */
    static SourceStamps read(Path root) {
        return new SourceStamps(Map.of()).lookAgain(root).stamps();
    }

    /** Looks at every source again; paths are from the site folder, such as "content/report.md". */
    Look lookAgain(Path root) {
        return lookAgain(root, Instant.now());
    }

    /** As {@link #lookAgain(Path)}, as if the clock said {@code time} (tests look "later" without waiting). */
    Look lookAgain(Path root, Instant time) {
        Instant recent = time.minus(RECENT);
        Map<String, Stamp> now = new HashMap<>();
        Set<String> changed = new TreeSet<>(stamps.keySet()); // files still there are taken out again below
        for (String name : SiteSources.FILES) {
            Map<String, Object> attributes = attributesOf(root.resolve(name));
            if (Boolean.TRUE.equals(attributes.get("isRegularFile"))) look(name, root.resolve(name), attributes, recent, now, changed);
        }
        for (String name : SiteSources.FOLDERS) {
            if (Files.isDirectory(root.resolve(name))) walk(root, root.resolve(name), recent, now, changed);
        }
        return new Look(new SourceStamps(now), changed);
    }

    /**
     * Looks again at these paths only (files or folders, from the site folder), as the file watcher reported them:
     * on a site of 10,000 pages a save then costs one look, not 10,000. A folder is looked at whole, and what was
     * known at or under a path that is gone counts as removed.
     */
    Look lookAgain(Path root, Collection<String> paths) {
        return lookAgain(root, paths, Instant.now());
    }

    Look lookAgain(Path root, Collection<String> paths, Instant time) {
        Instant recent = time.minus(RECENT);
        Map<String, Stamp> now = new HashMap<>(stamps);
        Set<String> changed = new TreeSet<>();
        Set<String> before = new TreeSet<>();
        for (String path : paths) {
            if (!SiteSources.isSource(path)) continue;
            if (stamps.containsKey(path)) { // a file (the usual case): it has nothing below it
                before.add(path);
                now.remove(path);
            } else {
                for (String known : stamps.keySet()) {
                    if (known.startsWith(path + "/")) before.add(known);
                }
                now.keySet().removeIf(known -> known.startsWith(path + "/"));
            }
            Path file = root.resolve(path);
            Map<String, Object> attributes = attributesOf(file);
            if (Boolean.TRUE.equals(attributes.get("isRegularFile"))) {
                look(path, file, attributes, recent, now, changed);
            } else if (Boolean.TRUE.equals(attributes.get("isDirectory")) && !Files.isSymbolicLink(file)) {
                walk(root, file, recent, now, changed);
            }
        }
        for (String known : before) {
            if (!now.containsKey(known)) changed.add(known);
        }
        return new Look(new SourceStamps(now), changed);
    }

    /** One stat a file, links followed (a build reads through them), but no linked folder is entered, as in a build. */
    private void walk(Path root, Path folder, Instant recent, Map<String, Stamp> now, Set<String> changed) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String relative = root.relativize(entry).toString().replace('\\', '/');
                if (!SiteSources.isSource(relative)) continue;
                Map<String, Object> attributes = attributesOf(entry);
                if (Boolean.TRUE.equals(attributes.get("isDirectory"))) {
                    if (!Files.isSymbolicLink(entry)) walk(root, entry, recent, now, changed);
                } else if (Boolean.TRUE.equals(attributes.get("isRegularFile"))) {
                    look(relative, entry, attributes, recent, now, changed);
                }
            }
        } catch (IOException e) {
            // The folder went while we looked, or cannot be read: the build reports an unreadable folder by name.
        }
    }

    /** Stamps one file and notes it as changed unless its stamp is the same as at the look before. */
    private void look(String relative, Path file, Map<String, Object> attributes, Instant recent, Map<String, Stamp> now,
                      Set<String> changed) {
        FileTime modified = (FileTime) attributes.get("lastModifiedTime");
        FileTime statusChanged = (FileTime) attributes.getOrDefault("ctime", modified);
        String metadata = attributes.get("size") + ":" + nanos(modified) + ":" + nanos(statusChanged) + ":" + attributes.get("ino");
        boolean racy = modified.toInstant().isAfter(recent) || statusChanged.toInstant().isAfter(recent);
        Stamp before = stamps.get(relative);
        boolean sameMetadata = before != null && before.metadata().equals(metadata);
        // A hash is needed to keep (the file is recent now) or to compare with the hash kept last time.
        String hash = racy || sameMetadata && before.hash() != null ? hashOf(file) : null;
        now.put(relative, new Stamp(metadata, racy ? hash : null));
        if (sameMetadata && (before.hash() == null || before.hash().equals(hash))) {
            changed.remove(relative);
        } else {
            changed.add(relative);
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

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }

    /** The content's SHA-256; "unreadable" when it cannot be read, which then differs from any hash. */
    private static String hashOf(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256.", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            return "unreadable";
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
