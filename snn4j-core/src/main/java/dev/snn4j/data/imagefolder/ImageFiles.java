/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import dev.snn4j.Snn4jException;
import dev.snn4j.data.Problems;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Checks and decodes JPEG and PNG files with javax.imageio.
 *
 * <p>The format is recognised from the content, not the name (ImageNet has a PNG named .JPEG). The
 * check at index time ({@link #check}) is cheap: it reads the header (size, and whether javax.imageio
 * can turn the colour model into RGB at all; it cannot for CMYK/YCCK JPEGs) and the last bytes of the
 * file, which must hold the end-of-image marker (JPEG {@code FF D9}, PNG {@code IEND}) within its last
 * {@value #TAIL} bytes: that finds empty, non-image, unsupported and truncated files (an interrupted
 * download) without decoding anything. A complete file whose compressed data is damaged inside is
 * only found when it is decoded ({@link #decode} then names it).
 */
final class ImageFiles {

    /** The end-of-image marker must be in this many last bytes (some cameras append a few bytes after it). */
    static final int TAIL = 4096;

    private ImageFiles() {}

    /** A header that passed the check. */
    record Header(String format, int width, int height) {}

    /** An image as interleaved 8-bit RGB. */
    record Rgb(byte[] pixels, int width, int height) {}

    /** Reads the header and the tail of {@code file}; a problem is an exception naming the file. */
    static Header check(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw Problems.error(file + ": cannot read: " + Problems.describe(e), e);
        }
        if (size == 0) {
            throw Problems.error(file + ": expected a JPEG or PNG image, found an empty file");
        }
        Header header;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw Problems.error(file + ": cannot open");
            }
            ImageReader reader = reader(in, file);
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < 1 || h < 1) {
                    throw Problems.error(file + ": expected a positive image size, found " + w + "x" + h);
                }
                if (!reader.getImageTypes(0).hasNext()) {
                    throw Problems.error(file + ": expected an image javax.imageio can convert to RGB, found a colour model it cannot"
                            + " (e.g. a CMYK JPEG); convert it to RGB (e.g. ImageMagick: convert in.jpg -colorspace sRGB out.jpg)");
                }
                header = new Header(reader.getFormatName().toLowerCase(java.util.Locale.ROOT), w, h);
            } finally {
                reader.dispose();
            }
        } catch (Snn4jException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Problems.error(file + ": expected a readable JPEG or PNG header, found: " + Problems.describe(e), e);
        }
        checkTail(file, size, header.format());
        return header;
    }

    private static ImageReader reader(ImageInputStream in, Path file) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw Problems.error(file + ": expected a JPEG or PNG image, found bytes no javax.imageio reader recognises");
        }
        return readers.next();
    }

    private static void checkTail(Path file, long size, String format) {
        byte[] marker;
        String name;
        if (format.equals("jpeg") || format.equals("jpg")) {
            marker = new byte[] {(byte) 0xFF, (byte) 0xD9};
            name = "the JPEG end-of-image marker FF D9";
        } else if (format.equals("png")) {
            marker = new byte[] {'I', 'E', 'N', 'D'};
            name = "the PNG IEND chunk";
        } else {
            return;
        }
        int n = (int) Math.min(TAIL, size);
        byte[] tail = new byte[n];
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(size - n);
            f.readFully(tail);
        } catch (IOException e) {
            throw Problems.error(file + ": cannot read: " + Problems.describe(e), e);
        }
        for (int i = n - marker.length; i >= 0; i--) {
            boolean match = true;
            for (int k = 0; k < marker.length && match; k++) {
                match = tail[i + k] == marker[k];
            }
            if (match) {
                return;
            }
        }
        throw Problems.error(file + ": byte " + size + ": expected " + name + " at the end, found none in the last " + n
                + " bytes (the file is truncated)");
    }

    /** Decodes {@code file} into interleaved RGB (grey replicated, alpha dropped). */
    static Rgb decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Problems.error(file + ": cannot read: " + Problems.describe(e), e);
        }
        BufferedImage img;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in, file);
            try {
                reader.setInput(in, true, true);
                img = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (Snn4jException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Problems.error(file + ": cannot decode: " + Problems.describe(e), e);
        }
        return rgb(img);
    }

    /** The image as interleaved RGB bytes, with fast paths for the types JPEG and PNG decode to. */
    static Rgb rgb(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] out = new byte[w * h * 3];
        switch (img.getType()) {
            case BufferedImage.TYPE_3BYTE_BGR -> {
                byte[] bgr = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
                if (bgr.length == out.length && img.getRaster().getParent() == null) {
                    for (int p = 0; p < out.length; p += 3) {
                        out[p] = bgr[p + 2];
                        out[p + 1] = bgr[p + 1];
                        out[p + 2] = bgr[p];
                    }
                    return new Rgb(out, w, h);
                }
            }
            case BufferedImage.TYPE_BYTE_GRAY -> {
                // raw grey levels: getRGB would apply a linear-to-sRGB curve to them
                byte[] grey = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
                if (grey.length == w * h && img.getRaster().getParent() == null) {
                    for (int p = 0; p < w * h; p++) {
                        out[3 * p] = grey[p];
                        out[3 * p + 1] = grey[p];
                        out[3 * p + 2] = grey[p];
                    }
                    return new Rgb(out, w, h);
                }
            }
            default -> {
                // the general path below
            }
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = 3 * (y * w + x);
                out[p] = (byte) (row[x] >> 16);
                out[p + 1] = (byte) (row[x] >> 8);
                out[p + 2] = (byte) row[x];
            }
        }
        return new Rgb(out, w, h);
    }
}
