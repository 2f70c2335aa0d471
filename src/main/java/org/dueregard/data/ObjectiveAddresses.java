package org.dueregard.data;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The last part of each objective's web address: the objectives dataset's {@code address} column when it has one,
 * else the objective's words in lower case with hyphens (at most 60 letters, cut at a word). The overview's links and
 * the pages themselves both come from here, so they cannot disagree.
 */
public final class ObjectiveAddresses {

    static final int MAX_LENGTH = 60;

    private ObjectiveAddresses() {
    }

    public static String of(Dataset objectives, Row row) {
        Optional<String> written = objectives.findColumn("address").map(c -> row.cell(c).text().strip()).filter(text -> !text.isEmpty());
        String words = Normalizer.normalize(written.orElse(row.label()), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return slug.isEmpty() ? "objective-" + row.line() : slug;
    }

    /** The objective whose address this is, or empty. */
    public static Optional<Row> find(Dataset objectives, String address) {
        return objectives.rows().stream().filter(row -> of(objectives, row).equals(address)).findFirst();
    }
}
