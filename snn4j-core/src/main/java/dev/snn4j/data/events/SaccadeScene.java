/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A 28x28 grey image seen by a 34x34 sensor that makes three saccades, as N-MNIST was recorded
 * (Orchard et al. 2015): the image moves along a triangle, one leg per 100 ms, with a smooth
 * (raised-cosine) velocity profile, and is bilinearly resampled at every step (black outside).
 *
 * <p>The triangle's corners, image top-left in sensor pixels, are (1.5, 4.5), (3, 1.5) and
 * (4.5, 4.5): the image is centred on average and moves about 3 pixels per saccade. Each sample
 * jitters the whole path by up to ±0.5 pixel and each corner by up to ±0.3 pixel.
 */
final class SaccadeScene implements EventCameraSimulator.Scene {

    static final SensorSize SENSOR = EventDatasetSpec.NFMNIST.sensor();
    static final long DURATION_MICROS = 300_000;
    /** Simulation steps: 2 ms each, about 0.1 pixel of motion at peak speed. */
    static final int STEPS = 150;
    private static final double[][] CORNERS = {{1.5, 4.5}, {3.0, 1.5}, {4.5, 4.5}};

    /** The image with a zero border of {@link #PAD} pixels, so sampling never needs a bounds check. */
    private final float[] padded;
    private final int stride;
    private static final int PAD = 8;
    private final double[][] path = new double[4][2];

    /**
     * @param pixels a size x size image, row-major, unsigned bytes
     * @param rng the sample's jitter
     */
    SaccadeScene(byte[] pixels, int size, SplittableRandom rng) {
        this.stride = size + 2 * PAD;
        this.padded = new float[stride * stride];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                padded[(y + PAD) * stride + x + PAD] = (pixels[y * size + x] & 0xFF) / 255f;
            }
        }
        double gx = rng.nextDouble(-0.5, 0.5);
        double gy = rng.nextDouble(-0.5, 0.5);
        for (int c = 0; c < 3; c++) {
            path[c][0] = CORNERS[c][0] + gx + rng.nextDouble(-0.3, 0.3);
            path[c][1] = CORNERS[c][1] + gy + rng.nextDouble(-0.3, 0.3);
        }
        path[3] = path[0];
    }

    @Override
    public void render(double timeMicros, float[] intensity) {
        double legs = timeMicros / (DURATION_MICROS / 3.0);
        int leg = Math.min(2, (int) legs);
        double s = Math.min(1, legs - leg);
        double ease = (1 - Math.cos(Math.PI * s)) / 2;
        double ox = path[leg][0] + (path[leg + 1][0] - path[leg][0]) * ease;
        double oy = path[leg][1] + (path[leg + 1][1] - path[leg][1]) * ease;
        // The whole image moves by (ox, oy): sensor pixel (sx, sy) samples image point (sx - ox, sy - oy),
        // so the bilinear weights are the same for every pixel and only the integer offset varies.
        int ix = (int) Math.floor(-ox);
        int iy = (int) Math.floor(-oy);
        float fx = (float) (-ox - ix);
        float fy = (float) (-oy - iy);
        float w00 = (1 - fx) * (1 - fy);
        float w01 = fx * (1 - fy);
        float w10 = (1 - fx) * fy;
        float w11 = fx * fy;
        int w = SENSOR.width();
        for (int sy = 0; sy < SENSOR.height(); sy++) {
            int row = sy + iy + PAD;
            int out = sy * w;
            if (row < 0 || row + 1 >= stride) {
                Arrays.fill(intensity, out, out + w, 0f);
                continue;
            }
            for (int sx = 0; sx < w; sx++) {
                int col = sx + ix + PAD;
                if (col < 0 || col + 1 >= stride) {
                    intensity[out + sx] = 0f;
                    continue;
                }
                int k = row * stride + col;
                intensity[out + sx] = w00 * padded[k] + w01 * padded[k + 1] + w10 * padded[k + stride]
                        + w11 * padded[k + stride + 1];
            }
        }
    }
}
