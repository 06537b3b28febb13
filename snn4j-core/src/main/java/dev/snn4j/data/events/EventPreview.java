/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a sample's frames: ON events orange, OFF events blue (a pair colour-blind viewers tell
 * apart; both at once mix towards white), on black, as a PNG strip of all T frames side by side or
 * as an animated GIF that loops forever.
 *
 * <p>Brightness is sqrt(min(1, count / c99)), with c99 the 99th percentile of the sample's non-zero
 * counts, so one hot pixel does not turn everything else dark. Frames are enlarged by a whole
 * factor (pixels stay sharp squares). Only javax.imageio, no window system: works headless. Files are
 * written atomically.
 */
public final class EventPreview {

    /** ON colour, RGB. */
    public static final int ON_RGB = 0xFFA000;
    /** OFF colour, RGB. */
    public static final int OFF_RGB = 0x1E78FF;
    private static final int GAP_RGB = 0x404040;
    private static final int GAP = 2;

    private EventPreview() {}

    /** A scale that makes a frame of {@code height} rows at least 128 pixels tall. */
    public static int autoScale(int height) {
        return Math.max(1, (128 + height - 1) / height);
    }

    /** All frames left to right, {@value #GAP} grey pixels apart. */
    public static BufferedImage strip(FrameCounts f, int scale) {
        int fw = f.width() * scale;
        int fh = f.height() * scale;
        BufferedImage img = new BufferedImage(f.frames() * fw + (f.frames() - 1) * GAP, fh, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < fh; y++) {
                img.setRGB(x, y, GAP_RGB);
            }
        }
        float ref = reference(f);
        for (int t = 0; t < f.frames(); t++) {
            draw(f, t, ref, scale, img, t * (fw + GAP));
        }
        return img;
    }

    /** Frame {@code t} alone. */
    public static BufferedImage frame(FrameCounts f, int t, int scale) {
        BufferedImage img = new BufferedImage(f.width() * scale, f.height() * scale, BufferedImage.TYPE_INT_RGB);
        draw(f, t, reference(f), scale, img, 0);
        return img;
    }

    /** Writes {@link #strip} as a PNG file. */
    public static void writePng(Path file, FrameCounts f, int scale) {
        BufferedImage img = strip(f, scale);
        AtomicFiles.write(file, out -> {
            ImageWriter writer = writer("png");
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(img);
            } finally {
                writer.dispose();
            }
        });
    }

    /** Writes the frames as an animated GIF, {@code delayMillis} per frame (rounded to 10 ms), looping forever. */
    public static void writeGif(Path file, FrameCounts f, int scale, int delayMillis) {
        float ref = reference(f);
        AtomicFiles.write(file, out -> {
            ImageWriter writer = writer("gif");
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.prepareWriteSequence(null);
                for (int t = 0; t < f.frames(); t++) {
                    BufferedImage img = new BufferedImage(f.width() * scale, f.height() * scale, BufferedImage.TYPE_INT_RGB);
                    draw(f, t, ref, scale, img, 0);
                    writer.writeToSequence(new IIOImage(img, null, gifMetadata(writer, img, delayMillis, t == 0)), null);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
    }

    private static ImageWriter writer(String format) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format);
        if (!it.hasNext()) {
            throw new IOException("no " + format + " writer in this Java runtime");
        }
        return it.next();
    }

    /** Frame delay and disposal; on the first frame also the NETSCAPE2.0 loop extension (0 = forever). */
    private static IIOMetadata gifMetadata(ImageWriter writer, BufferedImage img, int delayMillis, boolean first)
            throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(1, Math.round(delayMillis / 10f))));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(loop);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** The 99th percentile of the non-zero counts (at least 1). */
    static float reference(FrameCounts f) {
        int[] nonZero = Arrays.stream(f.counts()).filter(c -> c > 0).sorted().toArray();
        return nonZero.length == 0 ? 1f : Math.max(1, nonZero[(int) Math.floor(0.99 * (nonZero.length - 1))]);
    }

    private static void draw(FrameCounts f, int t, float ref, int scale, BufferedImage img, int left) {
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                float on = level(f.count(t, 1, y, x), ref);
                float off = level(f.count(t, 0, y, x), ref);
                int rgb = mix(on, off);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        img.setRGB(left + x * scale + dx, y * scale + dy, rgb);
                    }
                }
            }
        }
    }

    private static float level(int count, float ref) {
        return count == 0 ? 0f : (float) Math.sqrt(Math.min(1f, count / ref));
    }

    private static int mix(float on, float off) {
        int r = channel(on, off, 16);
        int g = channel(on, off, 8);
        int b = channel(on, off, 0);
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(float on, float off, int shift) {
        float v = on * ((ON_RGB >> shift) & 0xFF) + off * ((OFF_RGB >> shift) & 0xFF);
        return Math.min(255, Math.round(v));
    }
}
