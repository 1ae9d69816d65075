package org.kobai.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/**
 * A GIF read back with ImageIO: its frames as a viewer shows them (each stored part drawn over the frame
 * before, at its place) and each frame's metadata tree.
 */
public record GifFrames(List<BufferedImage> frames, List<IIOMetadataNode> metadata) {
    private static final String GIF_FORMAT = "javax_imageio_gif_image_1.0";

    public static GifFrames read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            IIOMetadataNode screen = (IIOMetadataNode) ((IIOMetadataNode) reader.getStreamMetadata()
                    .getAsTree("javax_imageio_gif_stream_1.0")).getElementsByTagName("LogicalScreenDescriptor").item(0);
            BufferedImage canvas = new BufferedImage(Integer.parseInt(screen.getAttribute("logicalScreenWidth")),
                    Integer.parseInt(screen.getAttribute("logicalScreenHeight")), BufferedImage.TYPE_INT_RGB);
            List<BufferedImage> frames = new ArrayList<>();
            List<IIOMetadataNode> metadata = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                IIOMetadataNode tree = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree(GIF_FORMAT);
                IIOMetadataNode at = (IIOMetadataNode) tree.getElementsByTagName("ImageDescriptor").item(0);
                Graphics2D g = canvas.createGraphics();
                g.drawImage(reader.read(i), Integer.parseInt(at.getAttribute("imageLeftPosition")),
                        Integer.parseInt(at.getAttribute("imageTopPosition")), null);
                g.dispose();
                BufferedImage shown = new BufferedImage(canvas.getWidth(), canvas.getHeight(), BufferedImage.TYPE_INT_RGB);
                shown.setData(canvas.getData());
                frames.add(shown);
                metadata.add(tree);
            }
            reader.dispose();
            return new GifFrames(frames, metadata);
        }
    }

    /** The frame's delay in hundredths of a second. */
    public int delay(int frame) {
        IIOMetadataNode control = (IIOMetadataNode) metadata.get(frame)
                .getElementsByTagName("GraphicControlExtension").item(0);
        return Integer.parseInt(control.getAttribute("delayTime"));
    }

    /** The NETSCAPE2.0 loop count of the first frame (0 = for ever); -1 without one (plays once). */
    public int loops() {
        var apps = metadata.get(0).getElementsByTagName("ApplicationExtension");
        for (int i = 0; i < apps.getLength(); i++) {
            IIOMetadataNode app = (IIOMetadataNode) apps.item(i);
            if ("NETSCAPE".equals(app.getAttribute("applicationID"))
                    && "2.0".equals(app.getAttribute("authenticationCode"))) {
                byte[] data = (byte[]) app.getUserObject();
                return (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
            }
        }
        return -1;
    }

    /** How many pixels two frames of the same size differ in. */
    public static long differingPixels(BufferedImage a, BufferedImage b) {
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether every frame differs from the one before in more than {@code pixels} pixels. */
    public boolean eachFrameDiffersFromTheLastBy(long pixels) {
        for (int i = 1; i < frames.size(); i++) {
            if (differingPixels(frames.get(i - 1), frames.get(i)) <= pixels) {
                return false;
            }
        }
        return true;
    }
}
