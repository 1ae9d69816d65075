package org.kobai.plot;

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
 */
public final class AnimatedGif implements Closeable {
    /** Delays are stored in hundredths of a second; most viewers treat anything under 20 ms as 100 ms. */
    public static final int MIN_DELAY_MILLIS = 20;
    public static final int MAX_DELAY_MILLIS = 10_000;
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private int frames;

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

    /** Adds a frame shown for {@code delayMillis} (rounded to hundredths of a second). */
    public void add(BufferedImage frame, int delayMillis) throws IOException {
        if (delayMillis < MIN_DELAY_MILLIS || delayMillis > MAX_DELAY_MILLIS) {
            throw new IllegalArgumentException("delay must be from " + MIN_DELAY_MILLIS + " to " + MAX_DELAY_MILLIS
                    + " ms, got " + delayMillis);
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        configure(metadata, Math.round(delayMillis / 10f), frames == 0);
        writer.writeToSequence(new IIOImage(frame, null, metadata), param);
        frames++;
    }

    /** How many frames have been added. */
    public int frames() { return frames; }

    private static void configure(IIOMetadata metadata, int delayHundredths, boolean first) throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
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
