/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.AtomicFiles;
import dev.snn4j.Snn4jException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A static image sample as a PNG, enlarged with whole pixels so small images stay readable. */
public final class ImagePreview {

    private ImagePreview() {}

    /**
     * Draws sample {@code index} of an image dataset (normalised values mapped back to pixels).
     *
     * @throws Snn4jException when the dataset has no pixel normalisation or the index is out of range
     */
    public static BufferedImage render(SampleDataset data, int index, int scale) {
        Normalization norm = data.normalization();
        long[] shape = data.sampleShape();
        if (norm == null || data.temporal() || shape.length != 3) {
            throw new Snn4jException("preview: expected a static image dataset, found " + data.source());
        }
        if (index < 0 || index >= data.size()) {
            throw new Snn4jException("index: expected 0.." + (data.size() - 1) + ", found " + index);
        }
        int c = (int) shape[0];
        int h = (int) shape[1];
        int w = (int) shape[2];
        float[] values = new float[data.sampleSize()];
        data.write(index, values, 0, null);
        BufferedImage image = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] rgb = new int[3];
                for (int k = 0; k < 3; k++) {
                    int ch = c == 1 ? 0 : Math.min(k, c - 1);
                    float v = values[(ch * h + y) * w + x] * norm.std(ch) + norm.mean(ch);
                    rgb[k] = Math.max(0, Math.min(255, Math.round(v * 255)));
                }
                int pixel = (rgb[0] << 16) | (rgb[1] << 8) | rgb[2];
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        image.setRGB(x * scale + dx, y * scale + dy, pixel);
                    }
                }
            }
        }
        return image;
    }

    public static void writePng(Path file, BufferedImage image) {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }
}
