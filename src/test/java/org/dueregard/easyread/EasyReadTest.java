package org.dueregard.easyread;

import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Easy-read versions: pairing both ways, pictures beside points, and each rule of the easy-read linter. */
class EasyReadTest {

    @TempDir
    Path folder;

    /** A two-picture set of the site's own (a site can override the theme's assets), and a standard page. */
    private static final String BASE = """
            -- assets/easy-read/pictures.yml --
            pictures:
              money:
                alt: Coins and a bank note
              people:
                alt: A group of people
            -- assets/easy-read/money.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"><title>Coins</title><circle cx="60" cy="60" r="40"/></svg>
            -- assets/easy-read/people.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"><title>People</title><circle cx="60" cy="40" r="20"/></svg>
            -- content/index.md --
            ---
            title: Home
            ---
            Welcome.
            -- content/reports/pay.md --
            ---
            title: Gender pay gap report
            ---
            Our report about pay.
            """;

    private static final String GOOD_EASY_READ = """
            -- content/reports/pay.easy-read.md --
            ---
            title: Pay for women and men
            ---
            - ![](picture:money) Women get less pay than men.
              We want to change this.
            - ![Two women and a man talking](picture:people) We will ask our staff what they think.
            """;

    private int sites;

    /** A fresh mini site for each call, so cases do not see each other's files. */
    private MiniSite site(String extra) throws IOException {
        return MiniSite.write(folder.resolve("site-" + ++sites), BASE + extra);
    }

    @Test
    void anEasyReadPageIsPairedBothWaysAndListed() throws IOException {
        MiniSite site = site(GOOD_EASY_READ);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(run.err().contains("easy-read-"), "the good page passes the linter:\n" + run.err());
        Document easy = Jsoup.parse(site.read("reports/pay/easy-read/index.html"));
        Document standard = Jsoup.parse(site.read("reports/pay/index.html"));
        assertEquals("Standard version of this page", easy.selectFirst(".alternate-version a").text());
        assertEquals("/reports/pay/", easy.selectFirst(".alternate-version a").attr("href"));
        assertEquals("Easy read version of this page", standard.selectFirst(".alternate-version a").text());
        assertEquals("/reports/pay/easy-read/", standard.selectFirst(".alternate-version a").attr("href"));
        assertEquals("/reports/pay/", easy.selectFirst("link[rel=alternate]:not([type])").attr("href"));
        assertEquals("/reports/pay/easy-read/", standard.selectFirst("link[rel=alternate]:not([type])").attr("href"));
        assertTrue(easy.selectFirst("main").hasClass("easy-read"));
        Document index = Jsoup.parse(site.read("easy-read/index.html"));
        assertEquals(List.of("Pay for women and men"), index.select(".document-list__link").eachText());
        assertTrue(site.read("sitemap.xml").contains("/reports/pay/easy-read/"));
        Document section = Jsoup.parse(site.read("reports/index.html"));
        assertEquals(List.of("Gender pay gap report"), section.select(".document-list__link").eachText(), "reached through its pair, not listed twice");
    }

    @Test
    void eachPointHasItsPictureOnTheLeftWithAltText() throws IOException {
        MiniSite site = site(GOOD_EASY_READ);
        assertEquals(0, site.build().exitCode());
        Document easy = Jsoup.parse(site.read("reports/pay/easy-read/index.html"));
        var points = easy.select("ul.easy-read-points > li.easy-read-point");
        assertEquals(2, points.size());
        assertEquals("/assets/easy-read/money.svg", points.get(0).selectFirst(".easy-read-picture img").attr("src"));
        assertEquals("Coins and a bank note", points.get(0).selectFirst(".easy-read-picture img").attr("alt"), "the set's own alt text");
        assertEquals("Two women and a man talking", points.get(1).selectFirst("img").attr("alt"), "the author's alt text wins");
        assertEquals("Women get less pay than men. We want to change this.", points.get(0).selectFirst(".easy-read-words").text());
    }

    @Test
    void pairingMistakesAreReported() throws IOException {
        MiniSite.Run orphan = site("-- content/reports/gone.easy-read.md --\n---\ntitle: Gone\n---\n- ![](picture:people) Hello.\n").build();
        assertEquals(1, orphan.exitCode());
        assertTrue(orphan.err().contains("content/reports/gone.easy-read.md:1: error: This easy read page has no standard page to pair with ('reports/gone.md' does not exist)."), orphan.err());

        MiniSite.Run named = site("-- content/reports/summary.easy-read.md --\n---\ntitle: Summary\npair: pay.md\n---\n- ![](picture:people) Hello.\n").build();
        assertEquals(0, named.exitCode(), named.toString());

        MiniSite required = site("-- content/reports/annual.md --\n---\ntitle: Annual\nlayout: report\n---\n## One\n");
        required.writeFile("dueregard.yml", MiniSite.DEFAULT_CONFIG + "easy_read_required: true\n");
        MiniSite.Run missing = required.build();
        assertTrue(missing.err().contains("content/reports/annual.md:1: error: This report has no easy read version, and the site says every report needs one."), missing.err());

        MiniSite.Run unknown = site("-- content/reports/pay.easy-read.md --\n---\ntitle: P\n---\n- ![](picture:mony) Pay.\n").build();
        assertTrue(unknown.err().contains("content/reports/pay.easy-read.md:4: error: There is no picture called 'mony' in the picture set - did you mean 'money'?"), unknown.err());
    }

    /** Builds an easy-read page with one body and returns what the build printed. */
    private String lint(String body) throws IOException {
        MiniSite site = site("-- content/reports/pay.easy-read.md --\n---\ntitle: Pay\n---\n" + body);
        return site.build().err();
    }

    @Test
    void longSentencesAreErrorsOrWarnings() throws IOException {
        String err = lint("- ![](picture:money) We pay women less than men on average and we want to find out why this happens soon.\n"
                + "- ![](picture:people) We will ask all our staff what they think about pay at work.\n");
        assertTrue(err.contains("content/reports/pay.easy-read.md:4: error: This sentence has 18 words; easy read sentences have 15 or fewer"), err);
        assertTrue(err.contains("content/reports/pay.easy-read.md:5: warning: This sentence has 13 words; 10 or fewer is easiest"), err);
        assertTrue(err.contains("[easy-read-one-idea]"), err);
    }

    @Test
    void numbersPercentagesItalicsAndCapitals() throws IOException {
        String err = lint("- ![](picture:money) We have eight teams.\n- ![](picture:money) 25% of staff are men.\n"
                + "- ![](picture:money) This is *very* important.\n- ![](picture:money) PLEASE READ THIS NOW.\n");
        assertTrue(err.contains(":4: warning: Write numbers as digits: 'eight'."), err);
        assertTrue(err.contains("fix: Write 8 instead."), err);
        assertTrue(err.contains(":5: warning: Percentages are hard to understand: '25%'."), err);
        assertTrue(err.contains("fix: Say 'about 1 in 4' instead."), err);
        assertTrue(err.contains(":6: error: Italics are hard to read: 'very'."), err);
        assertTrue(err.contains(":7: error: Words in capitals are hard to read: 'PLEASE READ THIS NOW'."), err);
    }

    @Test
    void commonPhrasesAreNotFlagged() throws IOException {
        String err = lint("- ![](picture:money) We looked at pay for women and men in 2024.\n"
                + "- ![](picture:people) About 1 million people live here.\n"
                + "- ![](picture:people) The Equality and Human Rights Commission checks our work.\n");
        assertFalse(err.contains("[easy-read-one-idea]"), "'women and men' is one idea:\n" + err);
        assertFalse(err.contains("'million'"), "1 million is written with a digit:\n" + err);
        assertFalse(err.contains("'commission' is a hard word"), "a name is not jargon:\n" + err);
        assertTrue(lint("- ![](picture:money) We pay women less than men and we want to change it.\n").contains("joined by 'and'"));
    }

    @Test
    void everyPointNeedsAPictureWithAltText() throws IOException {
        String err = lint("- ![](picture:money) Pay is important.\n- We will do better.\n\nA sentence with no picture.\n");
        assertTrue(err.contains(":5: error: This point has no picture: \"We will do better.\""), err);
        assertTrue(err.contains(":7: warning: This idea has no picture beside it: \"A sentence with no picture.\""), err);
    }

    @Test
    void hardWordsMustBeExplainedInBoldOrTheGlossary() throws IOException {
        String err = lint("- ![](picture:people) The ICB plans health care.\n- ![](picture:people) We look at the median pay.\n");
        assertTrue(err.contains(":4: error: 'ICB' is a short form that is not explained."), err);
        assertTrue(err.contains(":5: error: 'median' is a hard word that is not explained."), err);

        String bold = lint("- ![](picture:people) The **ICB** plans health care.\n  ICB means the NHS group in our area.\n");
        assertFalse(bold.contains("'ICB' is a short form"), bold);

        MiniSite site = site("-- content/reports/pay.easy-read.md --\n---\ntitle: Pay\n---\n- ![](picture:people) The ICB plans health care.\n"
                + "-- glossary.yml --\nICB: The NHS organisation that plans health services in our area.\n");
        assertFalse(site.build().err().contains("'ICB' is a short form"));
    }

    @Test
    void aGlossaryWordIsExplainedWhereItIsFirstUsed() throws IOException {
        MiniSite site = site("-- content/reports/pay.easy-read.md --\n---\ntitle: Pay\n---\n- ![](picture:people) The ICB plans health care.\n"
                + "- ![](picture:money) The ICB pays our staff.\n- ![](picture:money) We look at the **median** pay.\n  It is the pay in the middle.\n"
                + "-- glossary.yml --\nICB: The NHS organisation that plans health services here.\nmedian: The middle number.\n");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("reports/pay/easy-read/index.html"));
        assertEquals(1, page.select(".prose dl.hard-word").size(), "once, where first used; median is explained by the author");
        org.jsoup.nodes.Element first = page.selectFirst(".easy-read-point");
        assertEquals("ICB", first.selectFirst("dl.hard-word dt").text());
        assertEquals("The NHS organisation that plans health services here.", first.selectFirst("dl.hard-word dd").text());
        assertEquals(List.of("ICB", "median"), page.select(".hard-words dt").eachText(), "the list at the end stays");
    }

    @Test
    void theTextAroundAnEasyReadPageKeepsTheRulesToo() throws IOException {
        MiniSite site = site(GOOD_EASY_READ + "-- dueregard.yml --\n" + MiniSite.DEFAULT_CONFIG
                + "  phone: 01234 567890\n  address: Equality team, Town Hall, Anytown AN1 1AA\n"
                + "banner: This website is a demonstration of software that was built by the council for a project with EDI teams.\n");
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("dueregard.yml: error: This sentence has 20 words; easy read sentences have 15 or fewer: \"Notice This website"), run.err());
        assertTrue(run.err().contains("dueregard.yml: error: 'EDI' is a short form that is not explained. (around the page's text) (on /reports/pay/easy-read/)"), run.err());
        assertFalse(run.err().contains("AN1") || run.err().contains("(on /reports/pay/)"), "an address is no sentence; standard pages keep plain English " + run.err());
    }

    @Test
    void phoneNumbersInTheTextAreLinks() throws IOException {
        MiniSite site = site(GOOD_EASY_READ.replace("We want to change this.", "Phone us on 01234 567890.")
                + "-- content/contact.md --\n---\ntitle: Contact\n---\nCall 020 7946 0000 or 0161 496 0000. Not 2024 or 12,345 or £01234 567890.\n");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("tel:01234567890"), Jsoup.parse(site.read("reports/pay/easy-read/index.html")).select(".prose a[href^=tel:]").eachAttr("href"));
        assertEquals(List.of("tel:02079460000", "tel:01614960000"), Jsoup.parse(site.read("contact/index.html")).select(".prose a[href^=tel:]").eachAttr("href"));
    }

    @Test
    void longOrHardPagesAreWarnings() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 120; i++) many.append("- ![](picture:people) We listen to our staff and act on what they say.\n");
        String err = lint(many.toString());
        // 120 long points make a long list of problems, which the terminal gets counted by kind (issue 12).
        assertTrue(err.matches("(?s).*warning: (1 file: )?This easy read page has \\d{4} words; about 1000 is the most people find easy.*"), err);
        String hard = lint("- ![](picture:people) Organisational accountability necessitates comprehensive documentation.\n"
                + "- ![](picture:people) Institutional responsibilities encompass multifaceted considerations.\n"
                + "- ![](picture:people) Evaluation methodologies demonstrate considerable sophistication.\n"
                + "- ![](picture:people) Administrative procedures require substantial clarification.\n"
                + "- ![](picture:people) Organisational accountability necessitates comprehensive documentation.\n"
                + "- ![](picture:people) Institutional responsibilities encompass multifaceted considerations.\n"
                + "- ![](picture:people) Evaluation methodologies demonstrate considerable sophistication.\n");
        assertTrue(hard.contains("warning: The page's reading ease score is"), hard);
        assertTrue(hard.contains("easy read should be 80 or more"), hard);
    }

    @Test
    void aSiteCanSetItsOwnThresholds() throws IOException {
        MiniSite site = site("-- content/reports/pay.easy-read.md --\n---\ntitle: Pay\n---\n"
                + "- ![](picture:money) We will ask all our staff what they think about pay at work.\n");
        site.writeFile("dueregard.yml", MiniSite.DEFAULT_CONFIG + "readability:\n  easy_read_sentence_error: 12\n  flesch: 50\n");
        assertTrue(site.build().err().contains("error: This sentence has 13 words; easy read sentences have 12 or fewer"));
        site.writeFile("dueregard.yml", MiniSite.DEFAULT_CONFIG + "readability:\n  easy_read_sentence_eror: 12\n");
        assertTrue(site.build().err().contains("Unknown key 'easy_read_sentence_eror' in the readability settings - did you mean 'easy_read_sentence_error'?"));
    }

    @Test
    void standardPagesGetPlainEnglishWarnings() throws IOException {
        MiniSite site = site("-- content/reports/long.md --\n---\ntitle: Long\n---\n"
                + "The organisation will continue to develop and improve its approach to equality, diversity and inclusion across all of its many functions and services over the coming years.\n\n"
                + "One. Two. Three. Four. Five. Six.\n\n"
                + "The EHRC checked our website. The Integrated Care Board (ICB) plans care. The ICB is local.\n");
        String err = site.build().err();
        assertTrue(err.contains("content/reports/long.md:4: warning: This sentence has 27 words"), err);
        assertTrue(err.contains("content/reports/long.md:6: warning: This paragraph has 6 sentences"), err);
        assertTrue(err.contains("content/reports/long.md:8: warning: 'EHRC' is not spelled out the first time it is used."), err);
        assertFalse(err.contains("'ICB' is not spelled out"), err);
    }
}
