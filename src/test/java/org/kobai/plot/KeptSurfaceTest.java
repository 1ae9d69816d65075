package org.kobai.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kobai.lesson.SurfaceAngle;
import org.kobai.math.Grid2D;

/** The kept picture of a surface draws exactly what rendering it afresh draws, before and after a change. */
class KeptSurfaceTest {
    private static final Rectangle2D AREA = new Rectangle2D.Double(200.5, 10, 380.25, 300);

    private static int[] pixels(FigurePanel panel) {
        BufferedImage image = new BufferedImage(600, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        panel.draw(g2, AREA);
        g2.dispose();
        return image.getRGB(0, 0, 600, 320, null, 0, 600);
    }

    @Test
    void theKeptPictureIsTheSurfaceAndFollowsItsChanges() {
        SurfaceFigure s = new SurfaceFigure("x", "y", "f", ColorMap.VIRIDIS, FigureStyle.DEFAULT);
        s.set(Grid2D.sample((x, y) -> x * x + y * y, -2, 2, 41, -2, 2, 41));
        FigurePanel kept = s.panel();
        FigurePanel fresh = new FigurePanel.Surface(s.chart());

        int[] bowl = pixels(kept);
        assertThat(bowl).isEqualTo(pixels(fresh));
        assertThat(pixels(kept)).as("drawn again from the kept picture").isEqualTo(bowl);

        s.set(Grid2D.sample((x, y) -> x * y, -2, 2, 41, -2, 2, 41));
        int[] saddle = pixels(kept);
        assertThat(Arrays.equals(saddle, bowl)).as("a new surface is drawn anew").isFalse();
        assertThat(saddle).isEqualTo(pixels(fresh));

        SurfaceAngle a = s.angle();
        s.turnTo(new SurfaceAngle(a.theta() + 0.4, a.phi(), a.roll()));
        int[] turned = pixels(kept);
        assertThat(Arrays.equals(turned, saddle)).as("a turned surface is drawn anew").isFalse();
        assertThat(turned).isEqualTo(pixels(fresh));

        // turned in place, as the on-screen viewer does, without a change event
        s.chart().getViewPoint().panLeftRight(0.3);
        assertThat(pixels(kept)).isEqualTo(pixels(fresh)).isNotEqualTo(turned);
    }
}
