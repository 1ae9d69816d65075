package org.kobai.plot;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF that loops for ever, written frame by frame with the JDK's own GIF writer (so no image
 * library is needed): each frame carries its delay, the first the NETSCAPE2.0 loop extension. The writer
 * reduces each frame to its own 256-colour palette, which keeps a chart's few flat colours exact.
 *
 * <p>After the first frame only the rectangle that changed is stored, placed over the frame before (which
 * stays, disposal "none"): a path growing step by step costs a few kilobytes a frame, not a whole picture.
 */
public final class AnimatedGif implements Closeable {
    /** Delays are stored in hundredths of a second; most viewers treat anything under 20 ms as 100 ms. */
    public static final int MIN_DELAY_MILLIS = 20;
    public static final int MAX_DELAY_MILLIS = 10_000;
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private int frames;
    private BufferedImage previous;

    /** Starts a GIF on {@code out}; closing this closes neither {@code out} nor anything but the encoder. */
    public AnimatedGif(OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("No GIF writer available.");
        }
        writer = writers.next();
        stream = ImageIO.createImageOutputStream(out);
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /**
     * Adds a frame shown for {@code delayMillis} (rounded to hundredths of a second). Every frame has the
     * first one's size.
     */
    public void add(BufferedImage frame, int delayMillis) throws IOException {
        if (delayMillis < MIN_DELAY_MILLIS || delayMillis > MAX_DELAY_MILLIS) {
            throw new IllegalArgumentException("delay must be from " + MIN_DELAY_MILLIS + " to " + MAX_DELAY_MILLIS
                    + " ms, got " + delayMillis);
        }
        if (previous != null && (frame.getWidth() != previous.getWidth() || frame.getHeight() != previous.getHeight())) {
            throw new IllegalArgumentException("every frame must be " + previous.getWidth() + "x" + previous.getHeight()
                    + ", got " + frame.getWidth() + "x" + frame.getHeight());
        }
        Rectangle changed = previous == null ? new Rectangle(0, 0, frame.getWidth(), frame.getHeight())
                : changedArea(previous, frame);
        BufferedImage part = frame.getSubimage(changed.x, changed.y, changed.width, changed.height);
        BufferedImage copy = new BufferedImage(changed.width, changed.height, BufferedImage.TYPE_INT_RGB);
        copy.createGraphics().drawImage(part, 0, 0, null);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(copy), param);
        configure(metadata, Math.round(delayMillis / 10f), frames == 0, changed);
        writer.writeToSequence(new IIOImage(copy, null, metadata), param);
        previous = frame;
        frames++;
    }

    /** The smallest rectangle holding every pixel that differs; one pixel in the corner when none does. */
    static Rectangle changedArea(BufferedImage before, BufferedImage after) {
        int w = after.getWidth(), h = after.getHeight();
        int[] a = before.getRGB(0, 0, w, h, null, 0, w);
        int[] b = after.getRGB(0, 0, w, h, null, 0, w);
        int minX = w, minY = h, maxX = -1, maxY = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0, i = y * w; x < w; x++, i++) {
                if (a[i] != b[i]) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? new Rectangle(0, 0, 1, 1) : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** How many frames have been added. */
    public int frames() { return frames; }

    private static void configure(IIOMetadata metadata, int delayHundredths, boolean first, Rectangle at)
            throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(at.x));
        descriptor.setAttribute("imageTopPosition", Integer.toString(at.y));
        descriptor.setAttribute("imageWidth", Integer.toString(at.width));
        descriptor.setAttribute("imageHeight", Integer.toString(at.height));
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayHundredths));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            // NETSCAPE2.0: sub-block 1 followed by the loop count as a little-endian short; 0 loops for ever.
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    /** Ends the GIF (its trailer) and flushes it to the stream. */
    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
            stream.close();
        }
    }
}
