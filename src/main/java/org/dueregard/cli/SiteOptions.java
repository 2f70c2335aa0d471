package org.dueregard.cli;

import org.dueregard.config.SiteConfigLoader;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Options every command that builds the site shares. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder, with dueregard.yml and content/ (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--base-url", paramLabel = "URL", description = "The address the site is published at, instead of base_url in dueregard.yml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    @Option(names = "--verbose", description = "Say more: each page as the browser checks it, and how long the browser took.")
    boolean verbose;

    Path root() {
        return source.toAbsolutePath().normalize();
    }

    /** The base URL override; empty when not given. Throws when it is given but not a full address. */
    Optional<URI> baseUrlOverride() {
        if (baseUrl == null) return Optional.empty();
        return Optional.of(SiteConfigLoader.parseBaseUrl(baseUrl).orElseThrow(() -> new IllegalArgumentException(
                "--base-url '" + baseUrl + "' is not a full web address. Write it with https://, for example https://equality.example.org/")));
    }
}
