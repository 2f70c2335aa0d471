package org.dueregard.config;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SiteConfigLoaderTest {

    @Test
    void readsEverySetting() throws ProblemsException {
        SiteConfig config = SiteConfigLoader.parse("""
                title: Equality
                organisation: Anytown Council
                base_url: https://example.org/equality
                language: cy
                banner: New site
                contact:
                  email: a@example.org
                  phone: 01234 567890
                navigation:
                  - title: Reports
                    page: reports/index.md
                footer_links:
                  - title: Council
                    url: https://example.org/
                """, "dueregard.yml");
        assertEquals(URI.create("https://example.org/equality/"), config.baseUrl());
        assertEquals("/equality/", config.basePath());
        assertEquals("https://example.org/equality/x/", config.absoluteUrl("/equality/x/"));
        assertEquals("cy", config.language());
        assertEquals("default", config.theme());
        assertEquals("New site", config.banner());
        assertEquals(new SiteConfig.Contact("a@example.org", "01234 567890", "", ""), config.contact());
        assertEquals(List.of(new SiteConfig.NavLink("Reports", Optional.of("reports/index.md"), Optional.empty(), 10)), config.navigation());
        assertEquals(Optional.of("https://example.org/"), config.footerLinks().get(0).url());
    }

    @Test
    void reportsEveryMistakeAtOnceWithLines() {
        ProblemsException e = assertThrows(ProblemsException.class, () -> SiteConfigLoader.parse("""
                titel: Equality
                base_url: example.org
                contact:
                  emial: a@example.org
                navigation:
                  - title: Both
                    page: a.md
                    url: https://example.org/
                """, "dueregard.yml"));
        List<String> messages = e.problems().stream().map(p -> p.line() + " " + p.message()).toList();
        assertEquals(List.of(
                "1 The site config has no 'organisation'.",
                "1 Unknown key 'titel' in the site config - did you mean 'title'?",
                "2 base_url 'example.org' is not a full web address.",
                "4 Unknown key 'emial' in the contact - did you mean 'email'?",
                "6 The link 'Both' needs exactly one of 'page' or 'url'."), messages);
        assertEquals(List.of(true, true, true, true, true), e.problems().stream().map(Problem::isError).toList());
    }

    @Test
    void invalidYamlNamesTheLine() {
        ProblemsException e = assertThrows(ProblemsException.class, () -> SiteConfigLoader.parse("title: A\norganisation: B\n  base_url: : x\n", "dueregard.yml"));
        assertEquals(3, e.problems().get(0).line());
    }
}
