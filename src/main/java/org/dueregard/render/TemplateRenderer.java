package org.dueregard.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.dueregard.Problem;
import org.dueregard.ProblemsException;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Renders pages with Pebble templates from the theme layers. Autoescaping is on: text is always escaped. */
public final class TemplateRenderer {

    private final PebbleEngine engine;
    private final LayeredTemplateLoader loader;
    private final Path siteRoot;
    private final Messages messages;

    public TemplateRenderer(Theme theme, Path siteRoot) {
        this.messages = new Messages(theme);
        this.loader = new LayeredTemplateLoader(theme.layers());
        this.siteRoot = siteRoot;
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .defaultLocale(Locale.UK)
                .build();
    }

    /** Where the template for a layout lives, as people should see it: "templates/page.peb" or "themes/default/templates/page.peb". */
    public String layoutPath(String layout) {
        return loader.findTemplate(layout + ".peb").map(this::displayPath).orElse("templates/" + layout + ".peb");
    }

    /** The theme's words, by language. */
    public Messages messages() {
        return messages;
    }

    public boolean hasLayout(String layout) {
        return loader.findTemplate(layout + ".peb").isPresent();
    }

    /** Renders a layout ("page") with the site and page views. A broken template is the site author's problem. */
    public String render(String layout, SiteView site, PageView page) throws ProblemsException {
        String name = layout + ".peb";
        try {
            PebbleTemplate template = engine.getTemplate(name);
            StringWriter out = new StringWriter(16 * 1024);
            template.evaluate(out, Map.of("site", site, "page", page, "t", messages.forLanguage(page.lang())));
            // Text is checked where it enters; this is the last line of defence for characters HTML forbids.
            return org.dueregard.ForbiddenCharacters.removeFromMarkup(out.toString());
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name : e.getFileName();
            String where = loader.findTemplate(file).map(this::displayPath).orElse("templates/" + file);
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new ProblemsException(Problem.error(where, line, "The template cannot be used: " + e.getPebbleMessage(),
                    "Check the template's syntax; https://pebbletemplates.io/ documents it."));
        } catch (IOException e) {
            throw new IllegalStateException("Writing to a string failed", e);
        }
    }

    private String displayPath(Path template) {
        if (template.getFileSystem().equals(siteRoot.getFileSystem()) && template.startsWith(siteRoot)) {
            return siteRoot.relativize(template).toString().replace('\\', '/');
        }
        return "the built-in theme's " + template.toString().replaceFirst("^/?dueregard/themes/", "themes/");
    }
}
