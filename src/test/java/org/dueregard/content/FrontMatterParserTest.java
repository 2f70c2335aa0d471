package org.dueregard.content;

import org.dueregard.ProblemsException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FrontMatterParserTest {

    @Test
    void readsEveryKey() throws ProblemsException {
        ParsedSource parsed = FrontMatterParser.parse("""
                ---
                title: Gender pay gap report 2024
                summary: Our gap fell.
                date: 2025-03-28
                updated: 2025-04-02
                review_by: 2026-03-30
                draft: false
                lang: cy
                weight: 3
                tags: [pay, sex]
                layout: report
                ---
                Body line.
                """, "content/gpg.md");
        FrontMatter fm = parsed.frontMatter();
        assertEquals("Gender pay gap report 2024", fm.title());
        assertEquals("Our gap fell.", fm.summary());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 28)), fm.date());
        assertEquals(Optional.of(LocalDate.of(2025, 4, 2)), fm.updated());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 30)), fm.reviewBy());
        assertEquals(Optional.of("cy"), fm.lang());
        assertEquals(3, fm.weight());
        assertEquals(List.of("pay", "sex"), fm.tags());
        assertEquals(Optional.of("report"), fm.layout());
        assertEquals("Body line.\n", parsed.body());
        assertEquals(13, parsed.bodyFirstLine());
        assertEquals("Body line.\n", FrontMatterParser.bodyOf("---\ntitle: x\n---\nBody line.\n", 4));
    }

    @Test
    void aFileWithoutFrontMatterIsAProblemOnLineOne() {
        ProblemsException e = assertThrows(ProblemsException.class, () -> FrontMatterParser.parse("# Title\n", "content/a.md"));
        assertEquals(1, e.problems().get(0).line());
        assertEquals("The page has no front matter, so it has no title.", e.problems().get(0).message());
    }

    @Test
    void aBadLanguageCodeIsReported() {
        ProblemsException e = assertThrows(ProblemsException.class,
                () -> FrontMatterParser.parse("---\ntitle: A\nlang: English\n---\n", "content/a.md"));
        assertEquals(3, e.problems().get(0).line());
        assertEquals("'English' is not a language code.", e.problems().get(0).message());
    }

    @Test
    void aDuplicatedKeyIsReportedWithBothLines() {
        ProblemsException e = assertThrows(ProblemsException.class,
                () -> FrontMatterParser.parse("---\ntitle: A\ntitle: B\n---\n", "content/a.md"));
        assertEquals(3, e.problems().get(0).line());
        assertEquals("The key 'title' appears twice (first on line 2).", e.problems().get(0).message());
    }
}
