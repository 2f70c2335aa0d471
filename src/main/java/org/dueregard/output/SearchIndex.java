package org.dueregard.output;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.text.Normalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * search-index.json, which the search page's script reads: for each page its address, title, summary and the words
 * of its published text. Made from the HTML a page publishes and nothing else, so a hidden figure, a draft or a data
 * file can never be found: the index holds only what a reader can already see.
 */
public final class SearchIndex {

    /** The file the search page reads, at the root of the site. */
    public static final String FILE = "search-index.json";

    /** The index of the pages in a language: search-index.json for the site's own, search-index.cy.json for Welsh. */
    public static String fileFor(String language, String siteLanguage) {
        return language.equals(siteLanguage) ? FILE : "search-index." + language + ".json";
    }

    /**
     * One page.
     *
     * @param words its distinct words, lower case and without accents, in order, one space between each
     */
    public record Entry(String url, String title, String summary, String words) {
    }

    /** Words too common to tell pages apart; leaving them out makes the index about a fifth smaller. */
    private static final Set<String> COMMON = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have",
            "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "which", "with");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchIndex() {
    }

    /**
     * The distinct words of a piece of HTML written by the build, found the way the search page's script splits what
     * a reader types (see search.js): runs of letters and digits, lower case, accents dropped; a point between two
     * digits is kept ("19.5") and a comma between two digits dropped ("6,173" is 6173). One pass over the text, not
     * regular expressions: half the time, which counts on a 10,000-page site.
     */
    public static String wordsOf(String html) {
        String text = textOf(html);
        return String.join(" ", words(text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false)));
    }

    /**
     * The same for a part of a page already read by jsoup (the static checks' copy): its text nodes, with a space at
     * each tag as {@link #textOf} puts one, so no second pass over the HTML and its entities is needed.
     */
    public static String wordsOf(Element element) {
        StringBuilder text = new StringBuilder(16 * 1024); // a report's text, without growing on the way
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) text.append(textNode.getWholeText());
                else if (node instanceof Element) text.append(' ');
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) text.append(' ');
            }
        }, element);
        return String.join(" ", words(text.toString()));
    }

    /** The distinct words of a text, common words left out, in order (String's order, as a TreeSet would give). */
    static List<String> words(String text) {
        DistinctWords words = new DistinctWords();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            // A word: a run of letters, digits and (after its first character) accents, with a point or comma
            // between two digits. Most words are ASCII without a comma: looked up where they stand in the text, in
            // lower case, so a word met before costs no copy (copies were half of this method on a 10,000-page
            // build, and a capital at the start of every sentence made one). ASCII is classed from a table, with
            // few branches: random text mispredicts them.
            int start = i;
            boolean ascii = true;
            boolean capitals = false;
            int hash = 0; // String.hashCode of the word in lower case, worked out as it is read
            while (i < length) {
                char c = text.charAt(i);
                if (c < 128) {
                    byte kind = ASCII_WORD[c];
                    if (kind == NOT_WORD) {
                        if (c != '.' && c != ',' || i + 1 >= length || !Character.isDigit(text.charAt(i - 1))
                                || !Character.isDigit(text.charAt(i + 1))) break;
                        ascii &= c == '.'; // "6,173" is one number, 6173 (the comma is dropped); "19.5" keeps its point
                    } else {
                        capitals |= kind == CAPITAL;
                    }
                    hash = 31 * hash + ASCII_LOWER[c];
                } else if (isWordChar(c) || isMark(c)) {
                    ascii = false;
                } else {
                    break;
                }
                i++;
            }
            if (ascii) words.add(text, start, i, hash, capitals);
            else words.add(foldedCopy(text, start, i));
        }
        return words.sorted();
    }

    /**
     * The distinct words of a page, in a hash table that finds a word by its place in the text, so a word seen
     * before makes no new string. The common words are in it from the start, marked, and left out at the end.
     */
    private static final class DistinctWords {
        private String[] keys = new String[512];
        private boolean[] common = new boolean[512]; // marks the common words put in at the start
        private int size;
        private int commonCount;

        DistinctWords() {
            for (String word : COMMON) add(word);
            for (int slot = 0; slot < keys.length; slot++) common[slot] = keys[slot] != null;
            commonCount = size;
        }

        void add(String word) {
            if (!word.isEmpty()) add(word, 0, word.length(), word.hashCode(), false);
        }

        /**
         * Adds the ASCII word between two positions of the text, in lower case.
         *
         * @param hash     the hash code of the word in lower case
         * @param capitals whether it has capitals, which are lowered to compare it and to keep it
         */
        void add(String text, int start, int end, int hash, boolean capitals) {
            int mask = keys.length - 1;
            int slot = spread(hash) & mask;
            for (String key = keys[slot]; key != null; key = keys[slot]) {
                if (key.length() == end - start && (capitals ? equalsLowered(text, start, key) : text.regionMatches(start, key, 0, end - start))) return;
                slot = (slot + 1) & mask;
            }
            keys[slot] = capitals ? lowered(text, start, end) : start == 0 && end == text.length() ? text : text.substring(start, end);
            if (++size * 2 > keys.length) grow();
        }

        private static boolean equalsLowered(String text, int start, String key) {
            for (int j = 0; j < key.length(); j++) {
                if (ASCII_LOWER[text.charAt(start + j)] != key.charAt(j)) return false;
            }
            return true;
        }

        private static String lowered(String text, int start, int end) {
            char[] word = new char[end - start];
            for (int j = 0; j < word.length; j++) word[j] = ASCII_LOWER[text.charAt(start + j)];
            return new String(word);
        }

        private void grow() {
            String[] oldKeys = keys;
            boolean[] oldCommon = common;
            keys = new String[oldKeys.length * 2];
            common = new boolean[keys.length];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] == null) continue;
                int slot = spread(oldKeys[i].hashCode()) & mask;
                while (keys[slot] != null) slot = (slot + 1) & mask;
                keys[slot] = oldKeys[i];
                common[slot] = oldCommon[i];
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        /** Sorted in an array, not a TreeSet: the tree's inserts were 2% of a 10,000-page build. */
        List<String> sorted() {
            String[] words = new String[size - commonCount];
            int n = 0;
            for (int slot = 0; slot < keys.length; slot++) {
                if (keys[slot] != null && !common[slot]) words[n++] = keys[slot];
            }
            Arrays.sort(words);
            return Arrays.asList(words);
        }
    }

    /** A word with capitals, letters beyond ASCII or a comma: lower case, commas dropped, accents dropped ("Café" is "cafe"). */
    private static String foldedCopy(String text, int start, int end) {
        StringBuilder word = new StringBuilder(end - start);
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',') continue;
            word.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            ascii &= c < 128;
        }
        return ascii ? word.toString() : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static final byte NOT_WORD = 0;
    /** a to z and 0 to 9. */
    private static final byte PLAIN = 1;
    private static final byte CAPITAL = 2;
    /** Each ASCII character's part in a word. */
    private static final byte[] ASCII_WORD = new byte[128];
    /** Each ASCII character in lower case. */
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) ASCII_WORD[c] = PLAIN;
        for (char c = '0'; c <= '9'; c++) ASCII_WORD[c] = PLAIN;
        for (char c = 'A'; c <= 'Z'; c++) ASCII_WORD[c] = CAPITAL;
        for (char c = 0; c < 128; c++) ASCII_LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) return ASCII_WORD[c] != NOT_WORD; // the word loop reads the table itself, for speed
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The text of HTML the build wrote, tags and comments left out. Our own HTML escapes every '<' and '>' in text
     * and attribute values, so a tag ends at the first '>'; this is ten times quicker than a parser on a 10,000-page
     * site.
     */
    static String textOf(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<') {
                text.append(c);
                i++;
                continue;
            }
            int end = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf('>', i + 1);
            if (end < 0) break;
            i = end + (html.startsWith("-->", end) ? 3 : 1);
            text.append(' '); // "<td>1</td><td>2</td>" is two words, not "12"
        }
        return text.toString();
    }

    /** The index as JSON, pages in the order given (the build sorts them by address, so it is the same every time). */
    public static String render(List<Entry> entries) {
        return new String(render(entries, new Written()), StandardCharsets.UTF_8);
    }

    /** The entries of an index as last written, each with its JSON in UTF-8, for writing the next one quickly. */
    public static final class Written {
        private List<Entry> entries = List.of();
        private List<byte[]> fragments = List.of();
    }

    /**
     * The same as UTF-8 bytes, reusing the JSON of entries written last time ({@code written}, which is left holding
     * this index's): under the preview only the saved page's entry is written again, and the file is put together
     * from bytes. Making all 10,000 entries of a bench site again was most of the time a save took. An entry is
     * compared with the one at its place last time, as pages rarely move. The JSON is Jackson's compact form, its
     * strings escaped by Jackson's own encoder.
     */
    public static byte[] render(List<Entry> entries, Written written) {
        byte[] start = "{\"version\":1,\"pages\":[".getBytes(StandardCharsets.UTF_8);
        byte[] end = "]}\n".getBytes(StandardCharsets.UTF_8);
        List<byte[]> fragments = new ArrayList<>(entries.size());
        int length = start.length + end.length + Math.max(0, entries.size() - 1);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            byte[] fragment = i < written.entries.size() && written.entries.get(i).equals(entry) ? written.fragments.get(i)
                    : fragment(entry).getBytes(StandardCharsets.UTF_8);
            fragments.add(fragment);
            length += fragment.length;
        }
        byte[] json = new byte[length];
        System.arraycopy(start, 0, json, 0, start.length);
        int at = start.length;
        for (int i = 0; i < fragments.size(); i++) {
            if (i > 0) json[at++] = ',';
            byte[] fragment = fragments.get(i);
            System.arraycopy(fragment, 0, json, at, fragment.length);
            at += fragment.length;
        }
        System.arraycopy(end, 0, json, at, end.length);
        written.entries = List.copyOf(entries);
        written.fragments = fragments;
        return json;
    }

    private static String fragment(Entry entry) {
        StringBuilder json = new StringBuilder(entry.words().length() + 128);
        field(json.append('{'), "url", entry.url());
        field(json.append(','), "title", entry.title());
        field(json.append(','), "summary", entry.summary());
        field(json.append(','), "words", entry.words());
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"").append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
    }
}
