package org.dueregard.charts;

import java.util.List;
import java.util.Optional;

/**
 * What a chart block asks for.
 *
 * @param type     bar, horizontal-bar, grouped-bar, stacked-percent, line, pyramid or pie
 * @param title    the headline: the message the chart shows
 * @param subtitle measure, place and period
 * @param x        the category column along the axis
 * @param series   the number columns drawn
 * @param alt      the author's alt text, replacing the generated one
 */
public record ChartSpec(Type type, String title, String subtitle, int x, List<Integer> series, Optional<String> alt,
                        List<String> colours) {

    public enum Type {
        BAR("bar"), HORIZONTAL_BAR("horizontal-bar"), GROUPED_BAR("grouped-bar"), STACKED_PERCENT("stacked-percent"),
        LINE("line"), PYRAMID("pyramid"), PIE("pie");

        final String name;

        Type(String name) {
            this.name = name;
        }

        public static Optional<Type> find(String name) {
            for (Type type : values()) if (type.name.equals(name)) return Optional.of(type);
            return Optional.empty();
        }

        public static List<String> names() {
            return java.util.Arrays.stream(values()).map(t -> t.name).toList();
        }
    }
}
