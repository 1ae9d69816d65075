package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Outlines look like the background but are never equal to it: FXGraphics2D skips a paint equal to the
 * last one, so a frame ending in an outline equal to the background left the next background unpainted.
 */
class ThemeOutlineTest {
    @ParameterizedTest
    @EnumSource(Theme.class)
    void outlineHasTheBackgroundsColourButIsNotEqualToIt(Theme theme) {
        Color bg = theme.background();
        Color outline = theme.outline();
        assertThat(outline).isNotEqualTo(bg);
        assertThat(new int[] {outline.getRed(), outline.getGreen(), outline.getBlue()})
                .containsExactly(bg.getRed(), bg.getGreen(), bg.getBlue());
        assertThat(outline.getAlpha()).isEqualTo(254);
    }
}
