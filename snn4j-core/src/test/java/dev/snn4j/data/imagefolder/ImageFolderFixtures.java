/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/** Writes small JPEG and PNG files for tests. */
final class ImageFolderFixtures {

    private ImageFolderFixtures() {}

    /** RGB of pixel (x, y) of picture {@code seed}: distinct per position and picture. */
    static int rgb(int seed, int x, int y) {
        int r = (seed * 40 + x * 7) & 0xFF;
        int g = (seed * 13 + y * 5) & 0xFF;
        int b = (x * 3 + y * 11 + seed) & 0xFF;
        return (r << 16) | (g << 8) | b;
    }

    static BufferedImage picture(int seed, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rgb(seed, x, y));
            }
        }
        return img;
    }

    /** A photo-like picture: smooth gradients and blobs plus noise, so JPEG sizes are realistic. */
    static BufferedImage photo(int seed, int w, int h) {
        SplittableRandom r = new SplittableRandom(seed);
        double fx = r.nextDouble(0.005, 0.05);
        double fy = r.nextDouble(0.005, 0.05);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int base = (int) (128 + 60 * Math.sin(x * fx + seed) + 40 * Math.cos(y * fy));
                int n = r.nextInt(24) - 12;
                int red = clamp(base + n + (x * 64 / w));
                int green = clamp(base - n / 2 + (y * 64 / h));
                int blue = clamp(255 - base + n);
                img.setRGB(x, y, (red << 16) | (green << 8) | blue);
            }
        }
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    static Path write(Path file, BufferedImage img, String format) {
        try {
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(img, format, file.toFile())) {
                throw new IllegalStateException("no writer for " + format);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** train/<class>/ and val/<class>/ with {@code perClass} PNGs of w x h each (val: seeds + 1000). */
    static Path folder(Path root, String[] classes, int perClass, int w, int h) {
        for (int c = 0; c < classes.length; c++) {
            for (int i = 0; i < perClass; i++) {
                int seed = c * 100 + i;
                write(root.resolve("train").resolve(classes[c]).resolve(String.format("img_%03d.png", i)), picture(seed, w, h), "png");
                write(root.resolve("val").resolve(classes[c]).resolve(String.format("v_%03d.png", i)), picture(seed + 1000, w, h), "png");
            }
        }
        return root;
    }
}
