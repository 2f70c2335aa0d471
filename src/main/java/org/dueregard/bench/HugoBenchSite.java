package org.dueregard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the benchmark's pages as a Hugo site, so bench/ can time Hugo and dueregard on the same corpus. The pages are
 * byte for byte those of {@link BenchSiteGenerator} (same seed, same text); only what Hugo needs differs: section
 * pages are {@code _index.md}, and a small theme gives each page what dueregard's default one does (a header,
 * breadcrumbs, the menu of sections, the date, the footer, a list of pages on section pages). Links to other pages'
 * Markdown files are resolved to their addresses by a render hook, as dueregard resolves them; taxonomy pages are off,
 * as dueregard makes none. Hugo still writes its sitemap and feeds, as dueregard does.
 */
public final class HugoBenchSite {

    private HugoBenchSite() {
    }

    public static void generate(Path root, int pages, long seed) throws IOException {
        BenchSiteGenerator.generate(root, pages, seed);
        Files.delete(root.resolve("dueregard.yml"));
        try (var files = Files.walk(root.resolve("content"))) {
            for (Path index : files.filter(file -> file.getFileName().toString().equals("index.md")).toList()) {
                Files.move(index, index.resolveSibling("_index.md"));
            }
        }
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static final Map<String, String> FILES = Map.of(
            "config.toml", """
                    baseURL = "https://bench.example.org/"
                    languageCode = "en-GB"
                    title = "Benchmark site"
                    disableKinds = ["taxonomy", "term"]
                    [params]
                    organisation = "Example Health Trust"
                    """,
            "layouts/_default/baseof.html", """
                    <!DOCTYPE html>
                    <html lang="en-GB">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>{{ .Title }} - {{ .Site.Title }}</title>
                    {{ with .Summary }}<meta name="description" content="{{ . | plainify }}">{{ end }}
                    <link rel="stylesheet" href="/assets/css/site.css">
                    </head>
                    <body>
                    <a href="#main-content" class="skip-link">Skip to main content</a>
                    <header class="header"><a href="/">{{ .Site.Title }} {{ .Site.Params.organisation }}</a>
                    <nav aria-label="Main"><ul>{{ range first 12 .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
                    </header>
                    <nav aria-label="Breadcrumb"><ol>{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></nav>
                    <main id="main-content">
                    {{ block "main" . }}{{ end }}
                    </main>
                    <footer><p>Published by {{ .Site.Params.organisation }}. <a href="/index.xml">Follow new publications</a>.</p></footer>
                    </body>
                    </html>
                    """,
            "layouts/_default/single.html", """
                    {{ define "main" }}
                    <h1>{{ .Title }}</h1>
                    {{ with .Date }}<dl><dt>Published</dt><dd><time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time></dd></dl>{{ end }}
                    <div class="prose">{{ .Content }}</div>
                    {{ end }}
                    """,
            "layouts/_default/list.html", """
                    {{ define "main" }}
                    <h1>{{ .Title }}</h1>
                    <div class="prose">{{ .Content }}</div>
                    <section aria-labelledby="in-this-section"><h2 id="in-this-section">In this section</h2><ul>
                    {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>{{ end }}
                    </ul></section>
                    {{ end }}
                    """,
            "layouts/_default/_markup/render-link.html", """
                    {{- $url := urls.Parse .Destination -}}
                    {{- $href := .Destination -}}
                    {{- if and (not $url.IsAbs) (strings.HasSuffix $url.Path ".md") -}}
                    {{- with $.Page.GetPage (path.Join $.Page.File.Dir $url.Path) -}}
                    {{- $href = .RelPermalink -}}{{- with $url.Fragment }}{{ $href = printf "%s#%s" $href . }}{{ end -}}
                    {{- end -}}
                    {{- end -}}
                    <a href="{{ $href | safeURL }}">{{ .Text | safeHTML }}</a>
                    {{- /* keeps the hook's output on one line */ -}}
                    """,
            "layouts/_default/_markup/render-image.html", """
                    {{- $src := .Destination -}}
                    {{- with $.Page.Parent -}}{{- with .Resources.GetMatch $src -}}{{- $src = .RelPermalink -}}{{- end -}}{{- end -}}
                    <img src="{{ $src }}" alt="{{ .Text }}">
                    """);
}
