package org.dueregard.checks;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One of N parts of a site's pages, for checking a large site on N machines at once ("--shard 2/4"). A page belongs
 * to a part by a checksum of its address, so it stays in the same part when other pages come and go, and its cached
 * result stays on the same machine; each part gets about 1/N of the pages.
 */
public record Shard(int index, int count) {

    /** Every page: the site is not checked in parts. */
    public static final Shard ALL = new Shard(1, 1);

    private static final Pattern FORM = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

    /** "2/4" as a part, or empty when the text is not a part number and a count with 1 <= part <= count. */
    public static Optional<Shard> parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) return Optional.empty();
        int index = Integer.parseInt(matcher.group(1));
        int count = Integer.parseInt(matcher.group(2));
        return index >= 1 && index <= count ? Optional.of(new Shard(index, count)) : Optional.empty();
    }

    /** Whether the page at this address ("/reports/2024/") is in this part. */
    public boolean includes(String pageAddress) {
        if (count == 1) return true;
        CRC32 checksum = new CRC32();
        checksum.update(pageAddress.getBytes(StandardCharsets.UTF_8));
        return checksum.getValue() % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
