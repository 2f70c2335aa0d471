package org.dueregard.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * On an easy-read page, explains each hard word from the site's glossary where it is first used: the word in bold
 * and its meaning (a one-term definition list), straight after the paragraph that uses it, as the easy-read
 * guidance asks.
 * The "Hard words" list at the end stays, for reference. A word the author already puts in bold (and so explains
 * in the next sentence) gets nothing more.
 */
final class HardWordsInPlace {

    private HardWordsInPlace() {
    }

    static String add(String html, Map<String, String> glossary) {
        if (glossary.isEmpty()) return html;
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        java.util.Set<String> bold = new java.util.HashSet<>();
        for (Element b : doc.select("strong, b")) bold.add(b.text().toLowerCase(Locale.ROOT).strip());
        boolean changed = false;
        for (Map.Entry<String, String> entry : new TreeMap<>(glossary).entrySet()) {
            String word = entry.getKey();
            if (bold.contains(word.toLowerCase(Locale.ROOT))) continue;
            Pattern pattern = Pattern.compile("(?i)\\b" + Pattern.quote(word) + "\\b");
            for (Element paragraph : doc.select("p, li:not(:has(p))")) {
                if (paragraph.closest("table, figure, .footnotes, nav, .hard-word") != null) continue;
                if (!pattern.matcher(paragraph.text()).find()) continue;
                Element note = new Element("dl").addClass("hard-word");
                note.appendElement("dt").text(word);
                note.appendElement("dd").text(entry.getValue());
                if (paragraph.normalName().equals("li")) paragraph.appendChild(note);
                else paragraph.after(note);
                changed = true;
                break;
            }
        }
        return changed ? doc.body().html() : html;
    }
}
