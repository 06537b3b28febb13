/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.examples;

import dev.snn4j.data.ArraySamples;
import java.util.List;
import java.util.Random;

/** Data of one's own, made in memory: noisy 16x16 images of horizontal, vertical or diagonal stripes. */
public final class Stripes {

    /** The three classes. */
    public static final List<String> CLASSES = List.of("horizontal", "vertical", "diagonal");
    /** Image side. */
    public static final int SIZE = 16;

    private Stripes() {}

    /** {@code n} images, classes in turn, drawn from {@code seed}: pixels in [0, 1]. */
    public static ArraySamples make(int n, long seed) {
        Random random = new Random(seed);
        float[] pixels = new float[n * SIZE * SIZE];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % CLASSES.size();
            int period = 3 + random.nextInt(3);
            int phase = random.nextInt(period);
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    int along = switch (labels[i]) {
                        case 0 -> y;
                        case 1 -> x;
                        default -> x + y;
                    };
                    float stripe = (along + phase) % period == 0 ? 1f : 0f;
                    float noise = (float) (0.35 * random.nextGaussian());
                    pixels[(i * SIZE + y) * SIZE + x] = Math.min(1f, Math.max(0f, stripe + noise));
                }
            }
        }
        return ArraySamples.of(pixels, new long[] {1, SIZE, SIZE}, labels, CLASSES).withSource("stripes (generated)");
    }
}
