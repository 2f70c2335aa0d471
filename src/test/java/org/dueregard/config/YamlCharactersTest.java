package org.dueregard.config;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Escapes in quoted YAML can write any character; those no web page or XML file may hold are refused with their line. */
class YamlCharactersTest {

    private static List<String> problems(String yaml) {
        ProblemsException e = assertThrows(ProblemsException.class, () -> YamlParser.parse(yaml, "content/a.md", 2));
        return e.problems().stream().map(Problem::location).toList();
    }

    private static List<String> messages(String yaml) {
        ProblemsException e = assertThrows(ProblemsException.class, () -> YamlParser.parse(yaml, "content/a.md", 2));
        return e.problems().stream().map(p -> p.line() + " " + p.message().substring(0, p.message().indexOf(')') + 1)).toList();
    }

    @Test
    void refusesEachEscapeWithTheLineOfItsValue() {
        assertEquals(List.of(
                "2 'title' holds an invisible control character (U+0001)",
                "3 'summary' holds an invisible control character (U+0000)",
                "4 'lang' holds an invisible control character (U+0000)",
                "5 'tags' holds an invisible control character (U+001B)",
                "6 'a' holds half of a character pair (U+D800, a lone surrogate)",
                "7 'b' holds a character that is not text (U+FFFF)",
                "8 A key holds an invisible control character (U+0007)"), messages("""
                title: "A\\x01"
                summary: "B\\0"
                lang: "\\u0000"
                tags: [ok, "x\\e"]
                a: "\\ud800"
                b: "\\uFFFF"
                "k\\a": v
                """));
    }

    @Test
    void acceptsEveryOtherCharacterIncludingPairsAndTabs() throws ProblemsException {
        YamlParser.parse("title: \"Tab\\there \\ud83d\\ude00 \\u00a3 \\n new line\"\n", "content/a.md", 2);
        assertEquals(List.of("content/a.md:2"), problems("title: \"\\x0c\"\n"));
    }
}
