package org.dueregard.content;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/** Pure functions between source paths (relative to content/, with '/') and site paths (relative to the site root). */
public final class SitePaths {

    private SitePaths() {
    }

    public static String toRelative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** "reports/a.md" gives "reports"; "a.md" gives "". */
    public static String folderOf(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    /**
     * The pretty URL path of a page, without the base path: "index.md" is "", "reports/index.md" is "reports/",
     * "reports/2024-25.md" is "reports/2024-25/". Names are lowercased and spaces become hyphens.
     */
    public static String pageUrlPath(String sourcePath) {
        if (isEasyRead(sourcePath)) {
            return pageUrlPath(standardSourceOf(sourcePath)) + "easy-read/";
        }
        String withoutExtension = sourcePath.substring(0, sourcePath.length() - ".md".length());
        if (withoutExtension.equals("index")) return "";
        if (withoutExtension.endsWith("/index")) {
            withoutExtension = withoutExtension.substring(0, withoutExtension.length() - "/index".length());
        }
        StringBuilder url = new StringBuilder();
        for (String segment : withoutExtension.split("/")) {
            url.append(slug(segment)).append('/');
        }
        return url.toString();
    }

    /** ".easy-read.md", or ".easy-read.cy.md" for a translated easy-read page. */
    private static final java.util.regex.Pattern EASY_READ = java.util.regex.Pattern.compile("\\.easy-read((?:\\.[a-z]{2,3}(?:-[a-z0-9]{2,8})?)?)\\.md$");
    // Compiled once: these run for every page's address and every link.
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NOT_IN_SLUG = java.util.regex.Pattern.compile("[^a-z0-9._~-]");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");
    private static final java.util.regex.Pattern ASCII_LETTERS_AND_DIGITS = java.util.regex.Pattern.compile("[a-z0-9]*");

    /** An easy-read version of a page: "report.easy-read.md" beside "report.md" (or "report.easy-read.cy.md" beside "report.cy.md"). */
    public static boolean isEasyRead(String sourcePath) {
        // The plain look first: this is asked of every page several times a build, and of every page on every save.
        return sourcePath.contains(".easy-read") && EASY_READ.matcher(sourcePath).find();
    }

    /** "reports/a.easy-read.md" gives "reports/a.md"; "reports/a.easy-read.cy.md" gives "reports/a.cy.md". */
    public static String standardSourceOf(String easyReadSourcePath) {
        java.util.regex.Matcher m = EASY_READ.matcher(easyReadSourcePath);
        if (!m.find()) return easyReadSourcePath;
        return easyReadSourcePath.substring(0, m.start()) + m.group(1) + ".md";
    }

    /** The language a page's file is a translation into, from its name ("report.cy.md" is Welsh when the site has cy). */
    public static Optional<String> translationLanguage(String sourcePath, java.util.List<String> languages) {
        for (String code : languages) {
            if (sourcePath.endsWith("." + code + ".md") && sourcePath.length() > code.length() + 4
                    && sourcePath.charAt(sourcePath.length() - code.length() - 5) != '/') return Optional.of(code);
        }
        return Optional.empty();
    }

    /** The page a translation was made from: "report.cy.md" gives "report.md", "report.easy-read.cy.md" "report.easy-read.md". */
    public static String untranslatedSourceOf(String sourcePath, String code) {
        return sourcePath.substring(0, sourcePath.length() - code.length() - ".md".length() - 1) + ".md";
    }

    /** "reports/a.md" gives "reports/a.easy-read.md". */
    public static String easyReadSourceOf(String standardSourcePath) {
        return standardSourcePath.substring(0, standardSourcePath.length() - ".md".length()) + ".easy-read.md";
    }

    /** The URL path of a section folder ("" for the root). */
    public static String folderUrlPath(String folder) {
        return folder.isEmpty() ? "" : pageUrlPath(folder + "/index.md");
    }

    /**
     * A file or folder name as part of a web address: lower case, spaces as hyphens, and Latin letters without their
     * accents ("Café" gives "cafe", "Gwasanaethau Cymraeg ŵ" gives "gwasanaethau-cymraeg-w"), so every address is
     * plain ASCII and works on any server and file system. Other characters are left out.
     */
    static String slug(String segment) {
        if (isSlug(segment)) return segment; // most names already are one: the rest costs a normalisation and three patterns
        String lower = SPACES.matcher(segment.toLowerCase(Locale.ROOT).strip()).replaceAll("-");
        return NOT_IN_SLUG.matcher(withoutAccents(lower)).replaceAll("");
    }

    /** Whether a name is already all lower-case letters a to z, digits and . _ ~ -, which {@link #slug} keeps as they are. */
    private static boolean isSlug(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '~' || c == '-')) return false;
        }
        return true;
    }

    private static String withoutAccents(String text) {
        String plain = text.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
        return MARKS.matcher(java.text.Normalizer.normalize(plain, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The first part of a page's path whose letters or digits cannot all go into a web address (a name in Arabic or
     * Urdu script, say), or empty when every part can.
     */
    public static Optional<String> findUnaddressableName(String sourcePath) {
        String withoutExtension = sourcePath.endsWith(".md") ? sourcePath.substring(0, sourcePath.length() - 3) : sourcePath;
        for (String segment : withoutExtension.split("/")) {
            if (isSlug(segment)) continue;
            String letters = NOT_LETTER_OR_DIGIT.matcher(withoutAccents(segment.toLowerCase(Locale.ROOT))).replaceAll("");
            if (!ASCII_LETTERS_AND_DIGITS.matcher(letters).matches() || (slug(segment).isEmpty() && !segment.isEmpty())) return Optional.of(segment);
        }
        return Optional.empty();
    }

    /**
     * Resolves a relative reference ("../objectives.md") against the folder of a source file, giving a path relative
     * to the content folder, or empty when it climbs above the content folder.
     */
    public static Optional<String> resolve(String fromSourcePath, String reference) {
        Deque<String> parts = new ArrayDeque<>();
        if (!reference.startsWith("/")) {
            String folder = folderOf(fromSourcePath);
            if (!folder.isEmpty()) {
                for (String segment : folder.split("/")) parts.addLast(segment);
            }
        }
        for (String segment : reference.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (segment.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** A path from a link or URL with %-escapes decoded; a '+' stays a '+' (it is a space only in query strings). */
    public static String decodeUrlPath(String path) {
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
