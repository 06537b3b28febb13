/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import dev.snn4j.Snn4jException;
import dev.snn4j.data.SampleDataset;
import java.awt.image.BufferedImage;

/**
 * A point cloud seen from three sides: orthographic projections side by side, front (x right, y
 * up), side (z right, y up) and top (x right, z down), each on a square panel. Points are 2x2 dots
 * coloured by depth (near: yellow, far: dark blue), drawn far to near so near points stay on top.
 * Write it with {@link dev.snn4j.data.ImagePreview#writePng} (atomically).
 */
public final class PointPreview {

    static final int BACKGROUND = 0xFFFFFF;
    static final int FRAME = 0xC0C0C0;
    static final int GAP = 4;

    private PointPreview() {}

    /** Sample {@code index} of a point-cloud dataset, not augmented. */
    public static BufferedImage render(SampleDataset data, int index, int panel) {
        long[] shape = data.sampleShape();
        if (data.temporal() || shape.length != 2 || shape[1] != 3) {
            throw new Snn4jException("preview: expected a point-cloud dataset [N, 3], found " + data.source());
        }
        if (index < 0 || index >= data.size()) {
            throw new Snn4jException("index: expected 0.." + (data.size() - 1) + ", found " + index);
        }
        float[] xyz = new float[data.sampleSize()];
        data.write(index, xyz, 0, null);
        return render(xyz, (int) shape[0], panel);
    }

    /**
     * The three projections of {@code n} points (x y z each), which are expected in [-1, 1] (the
     * unit sphere); points outside are clipped to the panel.
     */
    public static BufferedImage render(float[] xyz, int n, int panel) {
        if (panel < 16) {
            throw new IllegalArgumentException("expected a panel of at least 16 pixels, found " + panel);
        }
        BufferedImage img = new BufferedImage(3 * panel + 2 * GAP, panel, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, BACKGROUND);
            }
        }
        // view v: horizontal axis, vertical axis (screen up), depth axis (towards the viewer), signs
        int[][] axes = {{0, 1, 2}, {2, 1, 0}, {0, 2, 1}};
        int[][] signs = {{1, 1, 1}, {-1, 1, 1}, {1, -1, 1}};
        for (int v = 0; v < 3; v++) {
            int left = v * (panel + GAP);
            frame(img, left, panel);
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            int depthAxis = axes[v][2];
            int depthSign = signs[v][2];
            java.util.Arrays.sort(order, (a, b) -> Float.compare(depthSign * xyz[3 * a + depthAxis], depthSign * xyz[3 * b + depthAxis]));
            for (int i : order) {
                double h = signs[v][0] * xyz[3 * i + axes[v][0]];
                double u = signs[v][1] * xyz[3 * i + axes[v][1]];
                double d = depthSign * xyz[3 * i + depthAxis];
                int px = left + (int) Math.round((h + 1) / 2 * (panel - 5)) + 1;
                int py = (int) Math.round((1 - (u + 1) / 2) * (panel - 5)) + 1;
                int rgb = depthColour((d + 1) / 2);
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int x = Math.max(left + 1, Math.min(left + panel - 2, px + dx));
                        int y = Math.max(1, Math.min(panel - 2, py + dy));
                        img.setRGB(x, y, rgb);
                    }
                }
            }
        }
        return img;
    }

    private static void frame(BufferedImage img, int left, int panel) {
        for (int k = 0; k < panel; k++) {
            img.setRGB(left + k, 0, FRAME);
            img.setRGB(left + k, panel - 1, FRAME);
            img.setRGB(left, k, FRAME);
            img.setRGB(left + panel - 1, k, FRAME);
        }
    }

    /** Dark blue (t = 0, far) through teal to yellow (t = 1, near). */
    static int depthColour(double t) {
        t = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(20 + t * (250 - 20));
        int g = (int) Math.round(30 + t * (200 - 30));
        int b = (int) Math.round(120 + t * (30 - 120));
        return (r << 16) | (g << 8) | b;
    }
}
