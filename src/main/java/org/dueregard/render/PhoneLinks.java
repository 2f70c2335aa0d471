package org.dueregard.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes UK phone numbers in a page's text into links that dial them ("01782 298002" becomes a tel: link), so a
 * reader on a phone can call with one tap. Numbers already in a link, in code or in a table are left alone.
 */
final class PhoneLinks {

    /** 01782 298002, 020 7946 0000, 0161 496 0000, 0800 123 4567, 07700 900123: 10 or 11 digits starting with 0. */
    static final Pattern UK_NUMBER = Pattern.compile("(?<![\\d+/.,£-])0(?:\\d{4} ?\\d{6}|\\d{4} ?\\d{3} ?\\d{3}|\\d{3} ?\\d{3} ?\\d{4}|\\d{2} ?\\d{4} ?\\d{4})(?![\\d%.,]\\d|\\d)");

    private PhoneLinks() {
    }

    static String add(String html) {
        if (!hasNumber(html)) return html; // most pages: not parsed again
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        collect(doc.body(), texts);
        boolean changed = false;
        for (TextNode text : texts) changed |= link(text);
        return changed ? doc.body().html() : html;
    }

    /**
     * Whether the text holds a number, tried only where a 0 is followed by a digit: the pattern's look-behind made a
     * plain find() over every page's HTML 8% of a 10,000-page build.
     */
    static boolean hasNumber(String text) {
        Matcher m = UK_NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        for (int i = text.indexOf('0'); i >= 0 && i + 1 < length; i = text.indexOf('0', i + 1)) {
            char next = text.charAt(i + 1);
            if (next >= '0' && next <= '9' && m.region(i, length).lookingAt()) return true;
        }
        return false;
    }

    private static void collect(Element element, List<TextNode> texts) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) texts.add(text);
            else if (child instanceof Element e && !e.normalName().matches("a|code|pre|table|script|style|abbr")) collect(e, texts);
        }
    }

    private static boolean link(TextNode text) {
        String whole = text.getWholeText();
        Matcher m = UK_NUMBER.matcher(whole);
        if (!m.find()) return false;
        List<Node> parts = new ArrayList<>();
        int at = 0;
        do {
            if (m.start() > at) parts.add(new TextNode(whole.substring(at, m.start())));
            Element link = new Element("a").attr("href", "tel:" + m.group().replace(" ", "")).text(m.group());
            parts.add(link);
            at = m.end();
        } while (m.find());
        if (at < whole.length()) parts.add(new TextNode(whole.substring(at)));
        for (Node part : parts) text.before(part);
        text.remove();
        return true;
    }
}
