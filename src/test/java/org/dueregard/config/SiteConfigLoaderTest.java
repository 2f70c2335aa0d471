package org.dueregard.config;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void contactDetailsAreCheckedWithTheirLines() {
        ProblemsException e = assertThrows(ProblemsException.class, () -> SiteConfigLoader.parse("""
                title: Equality
                organisation: Anytown Council
                base_url: https://example.org/
                contact:
                  email: equality@example,org
                  phone: "0800 FREE"
                  text_relay: call us
                  address: Town Hall
                """, "dueregard.yml"));
        assertEquals(List.of(5, 6, 7), e.problems().stream().map(Problem::line).toList());
        assertEquals("The contact email 'equality@example,org' is not an email address - did you mean 'equality@example.org'?",
                e.problems().get(0).message());
    }

    @Test
    void theTelLinkOfAContactHoldsOnlyDigits() throws ProblemsException {
        SiteConfig config = SiteConfigLoader.parse("title: A\norganisation: B\nbase_url: https://example.org/\ncontact:\n  phone: +44 (0)1234 567890\n",
                "dueregard.yml");
        assertEquals("+441234567890", config.contact().dialNumber());
    }

    @Test
    void plainHttpIsAWarningAnErrorWhenCheckedAndFineWithAReason() throws ProblemsException {
        SiteConfig http = SiteConfigLoader.parse("title: A\norganisation: B\nbase_url: http://example.org/\n", "dueregard.yml");
        Problem warning = SiteConfigLoader.findPlainHttpProblem(http, false).orElseThrow();
        assertEquals("dueregard.yml:3", warning.location());
        assertEquals(false, warning.isError());
        assertEquals(true, SiteConfigLoader.findPlainHttpProblem(http, true).orElseThrow().isError());
        assertTrue(warning.fix().contains("https://example.org/"));

        SiteConfig allowed = SiteConfigLoader.parse("title: A\norganisation: B\nbase_url: http://example.org/\nallow_http: Intranet only\n", "dueregard.yml");
        assertEquals(Optional.empty(), SiteConfigLoader.findPlainHttpProblem(allowed, true));
        SiteConfig https = SiteConfigLoader.parse("title: A\norganisation: B\nbase_url: https://example.org/\n", "dueregard.yml");
        assertEquals(Optional.empty(), SiteConfigLoader.findPlainHttpProblem(https, true));
        assertEquals(Optional.empty(), SiteConfigLoader.findPlainHttpProblem(https.withBaseUrl(URI.create("http://127.0.0.1:8000/")), true));
        Problem fromCommandLine = SiteConfigLoader.findPlainHttpProblem(https.withBaseUrl(URI.create("http://example.org/")), false).orElseThrow();
        assertEquals("", fromCommandLine.location());
        assertTrue(fromCommandLine.message().startsWith("--base-url http://example.org/ uses http"));
    }

    @Test
    void allowHttpNeedsAReasonNotTrue() {
        ProblemsException e = assertThrows(ProblemsException.class, () -> SiteConfigLoader.parse(
                "title: A\norganisation: B\nbase_url: http://example.org/\nallow_http: yes\n", "dueregard.yml"));
        assertEquals("dueregard.yml:4", e.problems().get(0).location());
    }
}
