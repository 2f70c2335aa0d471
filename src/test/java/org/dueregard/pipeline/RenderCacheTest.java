package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What the preview keeps of a stage between saves, and when it runs the stage again. */
class RenderCacheTest {

    private final RenderCache cache = new RenderCache();
    private final AtomicInteger runs = new AtomicInteger();

    private String stage(List<Object> inputs, Problems problems) {
        return RenderCache.reuse(Optional.of(cache), "stage", inputs, problems, found -> {
            runs.incrementAndGet();
            found.add(Problem.warning("content/a.md", 3, "A warning the stage found.", "Mend it."));
            return "result " + runs.get();
        });
    }

    @Test
    void theSameInputsGiveTheKeptResultAndItsProblemsAgain() {
        List<Object> pages = new ArrayList<>(List.of("a.md", "b.md"));
        Problems first = new Problems();
        Problems second = new Problems();
        String made = stage(List.of(pages, "text"), first);
        // Text is compared by value: the config and its words are read again on every build.
        String kept = stage(List.of(pages, new String("text")), second);
        assertSame(made, kept);
        assertEquals(1, runs.get());
        assertEquals(first.sorted(), second.sorted(), "the kept problems are reported again");
    }

    @Test
    void aNewListRunsTheStageEvenWithTheSameItems() {
        stage(List.of(new ArrayList<>(List.of("a.md"))), new Problems());
        stage(List.of(new ArrayList<>(List.of("a.md"))), new Problems());
        assertEquals(2, runs.get(), "a list is the same input only when it is the same object");
    }

    @Test
    void aChangedFileOtherThanAPageDropsWhatWasKeptAndAPageDoesNot() {
        List<Object> inputs = List.of(new ArrayList<>(List.of("a.md")));
        stage(inputs, new Problems());
        cache.forget(List.of("content/a.md"));
        stage(inputs, new Problems());
        assertEquals(1, runs.get(), "a page's own change comes in through the inputs");
        cache.forget(List.of("content/data/staff.yml"));
        stage(inputs, new Problems());
        assertEquals(2, runs.get(), "a dataset, template or config change runs every stage again");
    }

    @Test
    void withoutACacheTheStageAlwaysRuns() {
        Problems problems = new Problems();
        RenderCache.reuse(Optional.empty(), "stage", List.of("x"), problems, found -> runs.incrementAndGet());
        RenderCache.reuse(Optional.empty(), "stage", List.of("x"), problems, found -> runs.incrementAndGet());
        assertEquals(2, runs.get());
    }
}
