package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kobai.plot.ColourVision.Deficiency;

/**
 * The series palette of every theme stays distinguishable for the three forms of dichromacy: neighbouring
 * roles differ by at least {@link #MIN_NEIGHBOURS} and any two by at least {@link #MIN_ANY_PAIR}
 * (CIEDE2000) as seen with protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1), and
 * with normal vision.
 */
class PaletteVisionTest {
    /**
     * ΔE00 of about 10 separates two thin lines at a glance: roles k and k + 1 (a curve and what is derived
     * from it, such as f and its tangent) are the ones figures put side by side.
     */
    static final double MIN_NEIGHBOURS = 10;
    /** Below about 5 two colours pass for one; a figure may use any roles together. */
    static final double MIN_ANY_PAIR = 6;
    /** Lines on the background need at least this contrast ratio (WCAG 2.1 for graphical objects). */
    static final double MIN_CONTRAST = 3;
    /** The four published CIEDE2000 pairs are given to four decimals. */
    static final double SHARMA_TOLERANCE = 1e-4;

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTwoRolesStayApartForEveryColourVision(Theme theme) {
        java.util.List<String> tooClose = new java.util.ArrayList<>();
        for (Deficiency d : Deficiency.values()) {
            for (int i = 0; i < 8; i++) {
                for (int j = i + 1; j < 8; j++) {
                    double difference = ColourVision.difference(theme.color(i), theme.color(j), d);
                    boolean neighbours = j == i + 1 || (i == 0 && j == 7);
                    if (difference < (neighbours ? MIN_NEIGHBOURS : MIN_ANY_PAIR)) {
                        tooClose.add(String.format(java.util.Locale.ROOT, "%s: roles %d and %d (%.1f)", d, i, j,
                                difference));
                    }
                }
            }
        }
        assertThat(tooClose).as(theme.name()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"DARK", "HIGH_CONTRAST"})
    void linesStandOutFromTheBackground(Theme theme) {
        // The light theme keeps Okabe–Ito's yellow (role 7) for fills; the others are for lines too.
        for (int i = 0; i < 8; i++) {
            assertThat(contrast(theme.color(i), theme.background())).as("%s role %d", theme, i)
                    .isGreaterThanOrEqualTo(MIN_CONTRAST);
        }
    }

    @Test
    void neighbouringRolesDifferMostForTheFirstColours() {
        // Roles 0 and 1 (a curve and what is derived from it) are the pair every lesson uses.
        for (Theme theme : Theme.values()) {
            for (Deficiency d : Deficiency.values()) {
                assertThat(ColourVision.difference(theme.color(0), theme.color(1), d)).as("%s, %s", theme, d)
                        .isGreaterThanOrEqualTo(3 * MIN_NEIGHBOURS);
            }
        }
    }

    @Test
    void ciede2000MatchesPublishedPairs() {
        // Sharma, Wu and Dalal (2005), table 1, pairs 1, 7, 17 and 25.
        assertThat(ColourVision.deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}))
                .isCloseTo(2.0425, org.assertj.core.data.Offset.offset(SHARMA_TOLERANCE));
        assertThat(ColourVision.deltaE2000(new double[] {50, 0, 0}, new double[] {50, -1, 2}))
                .isCloseTo(2.3669, org.assertj.core.data.Offset.offset(SHARMA_TOLERANCE));
        assertThat(ColourVision.deltaE2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}))
                .isCloseTo(27.1492, org.assertj.core.data.Offset.offset(SHARMA_TOLERANCE));
        assertThat(ColourVision.deltaE2000(new double[] {60.2574, -34.0099, 36.2677},
                new double[] {60.4626, -34.1751, 39.4387}))
                .isCloseTo(1.2644, org.assertj.core.data.Offset.offset(SHARMA_TOLERANCE));
    }

    @Test
    void simulationKeepsGreysAndMergesRedWithGreenForRedGreenBlindness() {
        // A grey has equal cone responses in every model: the matrices' rows sum to 1.
        for (Deficiency d : Deficiency.values()) {
            double[] grey = ColourVision.seen(new Color(0x808080), d);
            assertThat(grey[0]).isCloseTo(grey[1], org.assertj.core.data.Offset.offset(1e-3));
            assertThat(grey[1]).isCloseTo(grey[2], org.assertj.core.data.Offset.offset(1e-3));
        }
        // Pure red and a green of similar lightness: far apart normally, close for deuteranopia.
        Color red = new Color(0xD00000), green = new Color(0x709000);
        assertThat(ColourVision.difference(red, green, Deficiency.NONE)).isGreaterThan(40);
        assertThat(ColourVision.difference(red, green, Deficiency.DEUTERANOPIA)).isLessThan(MIN_NEIGHBOURS);
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a) + 0.05, lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    private static double luminance(Color c) {
        double[] lin = ColourVision.seen(c, Deficiency.NONE);
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }
}
