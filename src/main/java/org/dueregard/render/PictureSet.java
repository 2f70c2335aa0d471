package org.dueregard.render;

import org.dueregard.ProblemsException;
import org.dueregard.config.YamlNode;
import org.dueregard.config.YamlParser;
import org.dueregard.content.LinkTargets.Picture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The easy-read pictures a theme offers, from its {@code assets/easy-read/pictures.yml}: each picture's name, its
 * published address and its built-in alt text. Authors use them as {@code ![](picture:money)}.
 */
public final class PictureSet {

    private PictureSet() {
    }

    public static Map<String, Picture> load(Theme theme, String basePath) throws ProblemsException, IOException {
        Map<String, Path> assets = theme.assets();
        Path catalogue = assets.get("easy-read/pictures.yml");
        Map<String, Picture> pictures = new TreeMap<>();
        if (catalogue == null) return pictures;
        YamlNode root = YamlParser.parse(Files.readString(catalogue, StandardCharsets.UTF_8), "the theme's easy-read/pictures.yml", 1);
        if (!(root instanceof YamlNode.Mapping mapping) || !(mapping.entries().get("pictures") != null
                && mapping.entries().get("pictures").value() instanceof YamlNode.Mapping list)) {
            return pictures;
        }
        for (YamlNode.Entry entry : list.entries().values()) {
            String name = entry.key();
            if (!assets.containsKey("easy-read/" + name + ".svg")) continue;
            String alt = "";
            if (entry.value() instanceof YamlNode.Mapping details && details.entries().get("alt") != null
                    && details.entries().get("alt").value() instanceof YamlNode.Scalar scalar && scalar.text() != null) {
                alt = scalar.text().strip();
            }
            pictures.put(name, new Picture(basePath + "assets/easy-read/" + name + ".svg", alt));
        }
        return pictures;
    }
}
