package org.dueregard.output;

import org.apache.commons.io.FileUtils;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A folder of ours being filled again with a new site: a file whose bytes did not change is left alone, others are
 * overwritten in place, and at the end the files the new site does not have are deleted, with folders left empty.
 * Reusing files and folders avoids the file system's cost of deleting and creating thousands of them (on ext4,
 * finding free inodes among recently deleted ones was a sixth of a 1,000-page build). Thread-safe: pages are
 * written in parallel.
 */
final class RecycledTree {

    private final Path folder;
    /** The previous site's files (relative, forward slashes) and folders when the tree was opened. */
    private final Set<String> previousFiles;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    private RecycledTree(Path folder, Set<String> previousFiles, Set<Path> previousFolders) {
        this.folder = folder;
        this.previousFiles = previousFiles;
        this.folders.addAll(previousFolders);
    }

    /**
     * Opens a folder for refilling in one walk: notes its files and folders, and deletes anything else (links,
     * pipes), so no write can follow a link out of the folder.
     */
    static RecycledTree open(Path folder) throws IOException {
        Set<String> files = new HashSet<>();
        Set<Path> folders = new HashSet<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) files.add(relative(folder, file));
                else Files.delete(file);
                return FileVisitResult.CONTINUE;
            }
        });
        return new RecycledTree(folder, files, folders);
    }

    void write(String relativePath, byte[] bytes) throws IOException {
        Path target = folder.resolve(relativePath).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            throw new IllegalArgumentException("Refusing to write outside the output folder: " + relativePath);
        }
        String name = relative(folder, target);
        written.add(name);
        Path parent = target.getParent();
        if (!folders.contains(parent)) makeFolders(parent);
        if (previousFiles.contains(name) && sameBytes(target, bytes)) return;
        if (folders.contains(target)) clearFolder(target); // the previous site had a folder where this file goes
        Files.write(target, bytes);
    }

    /** What was written since the tree was opened. */
    Set<String> written() {
        return Set.copyOf(written);
    }

    /** Deletes the previous site's files this build did not write, except those named, and folders left empty. */
    void deleteUnwritten(Set<String> except) throws IOException {
        Set<Path> emptied = new HashSet<>();
        for (String file : previousFiles) {
            if (written.contains(file) || except.contains(file)) continue;
            Path path = folder.resolve(file);
            if (Files.deleteIfExists(path)) emptied.add(path.getParent());
        }
        List<Path> candidates = new ArrayList<>();
        for (Path dir : emptied) {
            for (Path up = dir; up != null && up.startsWith(folder) && !up.equals(folder); up = up.getParent()) candidates.add(up);
        }
        candidates.sort(Comparator.comparingInt(Path::getNameCount).reversed()); // deepest first
        for (Path dir : candidates) {
            try {
                Files.deleteIfExists(dir);
                folders.remove(dir);
            } catch (DirectoryNotEmptyException e) {
                // still has files of the new site
            }
        }
    }

    /** Makes a file's folders; a file of the previous site in the way (where a folder now goes) is deleted first. */
    private synchronized void makeFolders(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path up = dir; !up.equals(folder) && !folders.contains(up); up = up.getParent()) missing.add(0, up);
        for (Path each : missing) {
            if (Files.exists(each, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(each, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(each);
            }
            if (!Files.isDirectory(each, LinkOption.NOFOLLOW_LINKS)) Files.createDirectory(each);
            folders.add(each);
        }
    }

    private synchronized void clearFolder(Path dir) throws IOException {
        FileUtils.deleteDirectory(dir.toFile());
        folders.removeIf(known -> known.startsWith(dir));
    }

    /** Whether the file holds exactly these bytes; reading is much cheaper than rewriting. */
    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() != bytes.length) return false;
            ByteBuffer buffer = ByteBuffer.allocate(bytes.length);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until full
            }
            return !buffer.hasRemaining() && Arrays.equals(buffer.array(), bytes);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
