package org.dueregard.hostile;

import org.junit.jupiter.api.Test;

import java.io.IOException;

/** Inputs too big to keep as files in the repository, made by the test. */
class HostileBoundsTest {

    @Test
    void aPageOverTwoMegabytesIsRefusedWithItsSize() throws IOException {
        String text = ("Word ".repeat(20) + "\n\n").repeat(25_000);
        HostileInputTest.check(HostileCase.parse("""
                # a page of 2.5 MB of text
                exit: 1
                says: content/big.md: error: The page is 2490 KB of text; dueregard reads pages of up to 2 MB.
                """, "inline"), site -> site.writeFile("content/big.md", "---\ntitle: Big\n---\n" + text));
    }

    @Test
    void aTenThousandRowTableIsBuiltInBoundedTime() throws IOException {
        StringBuilder table = new StringBuilder("| Group | Staff |\n|---|---:|\n");
        for (int i = 0; i < 10_000; i++) table.append("| Group ").append(i).append(" | ").append(i).append(" |\n");
        table.append("[Staff in each group]\n");
        HostileInputTest.check(HostileCase.parse("""
                # a Markdown table of 10,000 rows
                exit: 0
                has-file: big/index.html
                """, "inline"), site -> site.writeFile("content/big.md", "---\ntitle: Big\n---\n" + table));
    }

    @Test
    void aTableTooBigForTheAuditIsRefusedWithTheLimit() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < 160; r++) {
            rows.append("  - [Team ").append(r);
            for (int c = 0; c < 20; c++) rows.append(", ").append((r * 7 + c * 13) % 40 + 1);
            rows.append("]\n");
        }
        StringBuilder columns = new StringBuilder("  - {id: team, label: Team}\n");
        for (int c = 0; c < 20; c++) columns.append("  - {id: c").append(c).append(", label: Grade ").append(c).append(", type: count}\n");
        HostileInputTest.check(HostileCase.parse("""
                # a table of 3,200 counts with secondary suppression
                exit: 1
                says: content/big.yml:27: error: This table has more than 3,000 counts under its suppression rule
                """, "inline"), site -> site.writeFile("content/big.yml", "title: Big\nsource: HR\nsuppression: {threshold: 10}\ncolumns:\n"
                + columns + "rows:\n" + rows));
    }

    @Test
    void aPageWithThousandsOfAbbreviationsIsRefusedAtTheLimit() throws IOException {
        StringBuilder page = new StringBuilder("---\ntitle: Words\n---\n");
        for (int i = 0; i < 3_000; i++) page.append("*[ABC").append(i).append("]: Abbreviation number ").append(i).append('\n');
        page.append("\nStaff at ABC1 and ABC2 answered.\n");
        HostileInputTest.check(HostileCase.parse("""
                # 3,000 abbreviations on a page: Flexmark looks for each everywhere, 40 s for a 1.3 MB page
                exit: 1
                says: content/words.md:204: error: This is the page's abbreviation number 201 (*[...]: lines); dueregard reads up to 200 on a page.
                """, "inline"), site -> site.writeFile("content/words.md", page.toString()));
    }

    @Test
    void linesOfThousandsOfBackticksAreRefusedAtTheLimit() throws IOException {
        String line = "`a".repeat(4_999);
        HostileInputTest.check(HostileCase.parse("""
                # lines of 4,999 unmatched backticks: Flexmark matches them in quadratic time, 32 s for 190 such lines
                exit: 1
                says: content/code.md:4: error: This line has 4999 backticks (`); dueregard reads up to 100 on a line outside a code block.
                """, "inline"), site -> site.writeFile("content/code.md", "---\ntitle: Code\n---\n" + (line + "\n\n").repeat(190)));
    }
}
