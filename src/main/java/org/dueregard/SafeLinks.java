package org.dueregard;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one allowlist every address on a published page goes through, wherever it comes from (Markdown, dueregard.yml,
 * a dataset, a template): web pages (http, https), email (mailto), phone and text (tel, sms), and paths on the site.
 * Anything else (javascript:, data:, vbscript:, file:...) could run code or leave the web, so it is refused.
 */
public final class SafeLinks {

    private static final java.util.regex.Pattern HIDDEN_COPY = java.util.regex.Pattern.compile("(?i)[?&](b|%62|%42)(c|%63|%43)(c|%63|%43)=");
    public static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel", "sms");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-.]*");
    private static final Pattern WEB = Pattern.compile("(?i)^https?://[^/?#\\s\\\\]+.*");
    private static final Pattern ENCODED_LINE_BREAK = Pattern.compile("(?i)%0[ad0]");

    private SafeLinks() {
    }

    /** Why this address may not be published, in words for the author, or empty when it is safe. */
    public static Optional<String> findRefusal(String url) {
        if (url.isEmpty()) return Optional.of("it is empty");
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            // Browsers drop leading spaces and controls and skip tabs and line breaks, so " java\tscript:" is javascript:.
            if (c < 0x20 || c == 0x7f || (Character.isWhitespace(c) && (i == 0 || i == url.length() - 1))) {
                return Optional.of("it has spaces, line breaks or invisible characters around or inside it");
            }
        }
        // Browsers read a backslash as a slash, so /\evil.example is another website that looks like a path here.
        if (url.indexOf('\\') >= 0) return Optional.of("it has a backslash (\\), which browsers read as a slash");
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.find()) return Optional.empty(); // a path on this site, or //host (a web address)
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(name)) {
            return Optional.of("it starts with '" + name + ":', which is not a web page, email address or phone number");
        }
        String rest = url.substring(scheme.end());
        return switch (name) {
            case "http", "https" -> WEB.matcher(url).matches() ? Optional.empty() : Optional.of("it is not a full web address");
            case "mailto" -> ENCODED_LINE_BREAK.matcher(rest).find() ? Optional.of("it hides line breaks that add mail headers")
                    : HIDDEN_COPY.matcher(rest).find() ? Optional.of("it sends a hidden copy of the reader's email (bcc=) to another address")
                    : rest.isEmpty() ? Optional.of("it has no email address") : Optional.empty();
            default -> PHONE.matcher(rest).matches() ? Optional.empty() : Optional.of("'" + rest + "' is not a phone number");
        };
    }

    public static boolean isSafe(String url) {
        return findRefusal(url).isEmpty();
    }

    /** The scheme of an address ("https"), lower case, or empty for a path on this site. */
    public static Optional<String> schemeOf(String url) {
        Matcher scheme = SCHEME.matcher(url.strip());
        return scheme.find() ? Optional.of(scheme.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** What the author may link to, for the fix of a refused address. */
    public static final String ALLOWED = "a page of this site, a web address (https://...), an email (mailto:...), "
            + "a phone number (tel:...) or a text message (sms:...)";
}
