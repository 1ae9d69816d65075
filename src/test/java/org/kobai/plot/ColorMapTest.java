package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ColorMapTest {
    /**
     * The 256-entry tables from matplotlib's _cm_listed.py (copied to the test resources with their
     * source line); the anchors are an 8th of them, so linear joins stay this close.
     */
    @ParameterizedTest
    @CsvSource({"VIRIDIS, viridis.txt, 2", "CIVIDIS, cividis.txt, 6"})
    void matchesMatplotlibTables(ColorMap map, String table, int tolerance) throws IOException {
        List<int[]> reference = read(table);
        assertThat(reference).hasSize(256);
        for (int k = 0; k < 256; k++) {
            int rgb = map.rgb(k / 255.0);
            int expected = (reference.get(k)[0] << 16) | (reference.get(k)[1] << 8) | reference.get(k)[2];
            assertThat(Rendered.distance(rgb, expected)).as("entry %d", k).isLessThanOrEqualTo(tolerance);
        }
    }

    @ParameterizedTest
    @EnumSource(ColorMap.class)
    void lightnessRisesThroughTheMap(ColorMap map) {
        // Both maps are ordered by lightness, which is what makes them readable in grey and colour-blind.
        double previous = -1;
        for (int k = 0; k <= 32; k++) {
            double l = map.luminance(k / 32.0);
            assertThat(l).isGreaterThan(previous);
            previous = l;
        }
    }

    @Test
    void valuesOnAScale() {
        ColorMap m = ColorMap.VIRIDIS;
        assertThat(m.argb(10, 10, 20, 0)).isEqualTo(0xFF000000 | 0x440154);
        assertThat(m.argb(20, 10, 20, 0)).isEqualTo(0xFF000000 | 0xFDE725);
        assertThat(m.argb(99, 10, 20, 0)).isEqualTo(0xFF000000 | 0xFDE725);
        assertThat(m.argb(Double.NaN, 10, 20, 0x12345678)).isEqualTo(0x12345678);
        assertThat(m.argb(Double.NEGATIVE_INFINITY, 10, 20, 0)).isZero();
        assertThat(m.argb(5, 5, 5, 0)).isEqualTo(0xFF000000 | m.rgb(0.5));
        assertThatThrownBy(() -> m.rgb(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<int[]> read(String name) throws IOException {
        List<int[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ColorMapTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                rows.add(new int[] {channel(f[0]), channel(f[1]), channel(f[2])});
            }
        }
        return rows;
    }

    private static int channel(String v) {
        return (int) Math.round(Double.parseDouble(v) * 255);
    }
}
