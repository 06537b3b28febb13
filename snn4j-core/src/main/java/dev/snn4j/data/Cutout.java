/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.Arrays;

/**
 * Cutout (DeVries and Taylor 2017, "Improved Regularization of Convolutional Neural Networks with
 * Cutout"): zero one square of a normalised image, on every channel.
 *
 * <p>As in the authors' code, the square's centre is a uniformly random pixel and the square may
 * stick out of the image (then only its inside part is zeroed), so the borders are cut less often
 * than the middle. The side is half the shorter image side: 16 for 32x32, the paper's CIFAR-10 value
 * (the paper used 8 for CIFAR-100; pass what you like to {@link #apply} directly). Zero is applied
 * after normalisation, so the square is the mean colour, not black.
 */
public final class Cutout {

    private Cutout() {}

    /** The square's side for an image of {@code height x width}: half the shorter side, at least 1. */
    public static int side(int height, int width) {
        return Math.max(1, Math.min(height, width) / 2);
    }

    /**
     * Zeroes rows [cy - side/2, cy + side - side/2) and the same columns around cx, clipped to the
     * image, on all channels of the [C, H, W] image at {@code offset}.
     */
    public static void apply(float[] dst, int offset, int channels, int height, int width, int cy, int cx, int side) {
        int y0 = Math.max(0, cy - side / 2);
        int y1 = Math.min(height, cy - side / 2 + side);
        int x0 = Math.max(0, cx - side / 2);
        int x1 = Math.min(width, cx - side / 2 + side);
        if (y0 >= y1 || x0 >= x1) {
            return;
        }
        for (int c = 0; c < channels; c++) {
            for (int y = y0; y < y1; y++) {
                int row = offset + (c * height + y) * width;
                Arrays.fill(dst, row + x0, row + x1, 0f);
            }
        }
    }
}
