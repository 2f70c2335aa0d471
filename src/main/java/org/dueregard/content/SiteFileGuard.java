package org.dueregard.content;

import org.dueregard.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides whether a file found in the site folder may be read and published: a symbolic link must stay inside the
 * site folder (a link to /etc/passwd named logo.png is refused), pipes and devices are never opened (reading a pipe
 * would hang the build), and a file the build cannot read is named, not a crash.
 */
public final class SiteFileGuard {

    /** What to do with a path. */
    public enum Verdict { USE, SKIP, REFUSE }

    /** The verdict, and for SKIP and REFUSE the problem to report. */
    public record Decision(Verdict verdict, Optional<Problem> problem) {
        static Decision use() {
            return new Decision(Verdict.USE, Optional.empty());
        }
    }

    private final Path realRoot;
    private final Path root;

    /** @param siteRoot the folder with dueregard.yml: links may point anywhere inside it */
    public SiteFileGuard(Path siteRoot) throws IOException {
        this.root = siteRoot.toAbsolutePath().normalize();
        this.realRoot = root.toRealPath();
    }

    /** Checks one entry of a folder: {@code path} as found, {@code shown} as messages name it ("content/a.md"). */
    public Decision check(Path path, String shown) {
        if (Files.isSymbolicLink(path)) {
            Path target;
            try {
                target = path.toRealPath();
            } catch (IOException e) {
                return refuse(shown, "The file is a link to something that does not exist.", "Remove the link, or point it at a file in the site folder.");
            }
            if (!target.startsWith(realRoot)) {
                return refuse(shown, "The file is a link to " + target + ", which is outside the site folder, so it cannot be published.",
                        "Copy the file into the site folder instead of linking to it.");
            }
            Optional<String> privateTarget = privatePart(realRoot.relativize(target));
            if (privateTarget.isPresent()) {
                return refuse(shown, "The file is a link to " + privateTarget.get() + ", which is never published (it holds the site's"
                        + " settings or history, not its content).", "Copy what you mean to publish into the content folder instead of linking to it.");
            }
            if (Files.isDirectory(target)) {
                return new Decision(Verdict.SKIP, Optional.of(Problem.warning(shown, 0,
                        "The folder is a link; dueregard does not follow links to folders, so nothing in it was published.",
                        "Move the folder here, or link each file instead.")));
            }
        }
        if (Files.isDirectory(path)) return Decision.use();
        if (!Files.isRegularFile(path)) {
            return new Decision(Verdict.SKIP, Optional.of(Problem.warning(shown, 0,
                    "The file is not an ordinary file (it is a pipe, socket or device), so it was skipped.", "Remove it from the site folder.")));
        }
        if (linkCount(path) > 1) {
            return refuse(shown, "The file is a hard link: the same file is also somewhere else on this computer, perhaps outside the site"
                    + " folder, so dueregard cannot tell what it would publish.",
                    "Replace it with a copy of its own (for example cp --remove-destination ORIGINAL " + shown + "), then build again.");
        }
        if (!Files.isReadable(path)) {
            return refuse(shown, "The file cannot be read: this user has no permission to read it.",
                    "Give it read permission (for example chmod a+r " + shown + "), or remove it.");
        }
        return Decision.use();
    }

    /**
     * Checks a settings file at the top of the site folder (dueregard.yml, glossary.yml): when it is a link, it must stay
     * inside the site folder, so a build never reads a file from elsewhere into the pages.
     */
    public Optional<Problem> checkSettingsFile(String name) {
        Path file = root.resolve(name);
        if (!Files.isSymbolicLink(file)) return Optional.empty();
        try {
            Path target = file.toRealPath();
            if (target.startsWith(realRoot)) return Optional.empty();
            return Optional.of(Problem.error(name, 0, "The file is a link to " + target + ", which is outside the site folder.",
                    "Keep " + name + " in the site folder itself (copy it instead of linking to it)."));
        } catch (IOException e) {
            return Optional.of(Problem.error(name, 0, "The file is a link to something that does not exist.",
                    "Remove the link and put " + name + " in the site folder."));
        }
    }

    /** The hidden folder (.git) or settings file a path inside the site folder is in, if any. */
    private static Optional<String> privatePart(Path relative) {
        if (relative.getNameCount() == 1) {
            String name = relative.toString();
            if (name.equals("dueregard.yml") || name.equals("glossary.yml")) return Optional.of(name);
        }
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return Optional.of(part.toString());
        }
        return Optional.empty();
    }

    /** How many names the file has; 1 where the file system cannot say. */
    private static int linkCount(Path path) {
        try {
            Object count = Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return count instanceof Integer n ? n : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** A problem for a file the build could not read after all (it vanished, or the disk failed). */
    public static Problem unreadable(String shown, IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException ? "this user has no permission to read it"
                : e instanceof java.nio.file.NoSuchFileException ? "it no longer exists"
                : e instanceof java.nio.file.FileSystemLoopException ? "its links go round in a loop"
                : "the system said: " + (e.getMessage() == null ? "no reason given" : e.getMessage());
        return Problem.error(shown, 0, "The file cannot be read: " + why + ".", "Check the file exists and can be read, then build again.");
    }

    private static Decision refuse(String shown, String message, String fix) {
        return new Decision(Verdict.REFUSE, Optional.of(Problem.error(shown, 0, message, fix)));
    }

    /** The site folder, as given. */
    public Path root() {
        return root;
    }

    /** Whether a path (any link in it followed) is inside the site folder. */
    public boolean isInside(Path path) {
        try {
            return path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }
}
