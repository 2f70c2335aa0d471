package org.dueregard.checks;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, item 6: "--shard K/N" parts split the pages, each page in exactly one part, about evenly. */
class ShardTest {

    @Test
    void partsAreReadAsKOfN() {
        assertEquals(Optional.of(new Shard(2, 4)), Shard.parse("2/4"));
        assertEquals(Optional.of(new Shard(1, 1)), Shard.parse(" 1/1 "));
        for (String wrong : new String[] {"0/4", "5/4", "2", "2/", "a/b", "-1/4", "2/4/6", ""}) assertEquals(Optional.empty(), Shard.parse(wrong), wrong);
    }

    @Test
    void everyPageIsInExactlyOnePartAndThePartsAreAboutEven() {
        int[] sizes = new int[4];
        for (int page = 0; page < 10_000; page++) {
            String address = "/section-" + page / 100 + "/report-" + page + "/";
            int parts = 0;
            for (int k = 1; k <= 4; k++) {
                if (new Shard(k, 4).includes(address)) {
                    parts++;
                    sizes[k - 1]++;
                }
            }
            assertEquals(1, parts, address);
            assertTrue(Shard.ALL.includes(address));
        }
        for (int size : sizes) assertTrue(size > 2_300 && size < 2_700, java.util.Arrays.toString(sizes));
    }
}
