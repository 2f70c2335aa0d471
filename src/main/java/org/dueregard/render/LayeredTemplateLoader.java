package org.dueregard.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loads a template from the first theme layer that has it, so a site can override a single template. */
final class LayeredTemplateLoader implements Loader<String> {

    private final List<Path> layers;

    LayeredTemplateLoader(List<Path> layers) {
        this.layers = layers;
    }

    Optional<Path> findTemplate(String name) {
        if (name.contains("..")) return Optional.empty();
        return layers.stream().map(layer -> layer.resolve("templates").resolve(name)).filter(Files::isRegularFile).findFirst();
    }

    @Override
    public Reader getReader(String name) {
        Path path = findTemplate(name).orElseThrow(() -> new LoaderException(null, "There is no template called '" + name + "'."));
        try {
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoaderException(e, "The template " + path + " cannot be read.");
        }
    }

    @Override
    public void setSuffix(String suffix) {
    }

    @Override
    public void setPrefix(String prefix) {
    }

    @Override
    public void setCharset(String charset) {
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return findTemplate(templateName).isPresent();
    }
}
