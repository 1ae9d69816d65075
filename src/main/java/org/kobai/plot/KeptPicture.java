package org.kobai.plot;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.util.Hashtable;

/**
 * A picture a figure paints once and then draws unchanged at many redraws (a heat map with its contours).
 * It is marked as such, so a screen's graphics may convert it to its own kind of image once and keep that,
 * instead of converting it at every redraw. Its pixels must not change after it is first drawn.
 */
public final class KeptPicture {
    private static final String MARK = "kobai.kept";

    private KeptPicture() {}

    /** A new ARGB image of the size, marked as kept. */
    public static BufferedImage create(int width, int height) {
        ColorModel argb = ColorModel.getRGBdefault();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(MARK, Boolean.TRUE);
        return new BufferedImage(argb, argb.createCompatibleWritableRaster(width, height), false, properties);
    }

    /** Whether the image was made by {@link #create}: drawn again unchanged, so a converted copy may be kept. */
    public static boolean isKept(BufferedImage image) {
        return Boolean.TRUE.equals(image.getProperty(MARK));
    }
}
