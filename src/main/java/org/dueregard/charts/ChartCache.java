package org.dueregard.charts;

import org.dueregard.data.Dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Charts by content: the key is a hash of the published data and the chart's settings, so a chart is drawn once
 * per distinct content, and (with a folder) never again on later builds until its data or settings change.
 */
public final class ChartCache {

    /**
     * Changes whenever the code that draws charts changes (a hash of its compiled classes), so an old drawing is never
     * reused by a newer dueregard.
     */
    static final String VERSION = "charts " + hashOfClasses(ChartRenderer.class, ChartLayout.class, ChartValues.class, Svg.class, TextWidth.class, AxisScale.class,
            Markers.class, BarChartSvg.class, ColumnChartSvg.class, StackedChartSvg.class, LineChartSvg.class, PieChartSvg.class, PyramidSvg.class,
            ChartText.class, Format.class, Marks.class);

    private static String hashOfClasses(Class<?>... classes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Class<?> type : classes) {
                try (java.io.InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                    if (in != null) digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Optional<Path> folder;
    private final Map<String, String> memory = new ConcurrentHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();

    private ChartCache(Optional<Path> folder) {
        this.folder = folder;
    }

    public static ChartCache inMemory() {
        return new ChartCache(Optional.empty());
    }

    public static ChartCache inFolder(Path folder) {
        return new ChartCache(Optional.of(folder));
    }

    /** How many charts were drawn (not found in the cache) so far. */
    public int rendered() {
        return rendered.get();
    }

    /** A drawing of one layout of a chart, from the cache or drawn now. */
    ChartSvg findOrRender(Dataset d, ChartSpec spec, ChartLayout layout, Supplier<ChartSvg> render) {
        return ChartSvg.of(findOrRender(key(d, spec) + layout.fileSuffix, () -> render.get().svg()));
    }

    private String findOrRender(String key, Supplier<String> render) {
        return memory.computeIfAbsent(key, k -> {
            Optional<Path> file = folder.map(f -> f.resolve(k + ".svg"));
            if (file.isPresent() && Files.isRegularFile(file.get())) {
                try {
                    return Files.readString(file.get(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    // Fall through and draw it again.
                }
            }
            String svg = render.get();
            rendered.incrementAndGet();
            file.ifPresent(f -> {
                try {
                    Files.createDirectories(f.getParent());
                    Files.writeString(f, svg, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    // The cache only saves time; a failed write costs nothing but a redraw next time.
                }
            });
            return svg;
        });
    }

    /** Only published values go into the key: a hidden number never even reaches the cache file's name. */
    static String key(Dataset d, ChartSpec spec) {
        StringBuilder text = new StringBuilder(VERSION).append('\n').append(spec).append('\n');
        d.columns().forEach(c -> text.append(c.id()).append('|').append(c.label()).append('|').append(c.type()).append('\n'));
        d.rows().forEach(r -> r.cells().forEach(c -> text.append(c.text()).append('=').append(c.published().map(Object::toString).orElse("-")).append(';')));
        return org.dueregard.Sha256.hex(text.toString());
    }
}
