package org.dueregard.data;

import java.util.Optional;

/**
 * One column of a dataset.
 *
 * @param id    the name used in charts and prose ("women")
 * @param label the heading readers see ("Women")
 * @param unit  what the numbers count or measure ("people", "£ an hour"), or ""
 * @param base  for a percent column: the count column it is a percentage of, which decides its suppression
 * @param whole for a percent column: true when its values are parts of one whole and must add up to 100
 */
public record Column(String id, String label, Type type, String unit, Optional<String> base, boolean whole, int line) {

    public enum Type {
        CATEGORY, COUNT, PERCENT, CURRENCY, RATE;

        public boolean isNumber() {
            return this != CATEGORY;
        }
    }
}
