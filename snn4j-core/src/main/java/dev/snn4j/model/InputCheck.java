/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import dev.snn4j.Snn4jException;
import java.util.Arrays;

/** The input checks presets run in their build step; each failure is one line naming the model. */
final class InputCheck {

    private InputCheck() {}

    /**
     * Requires [C, H, W] with H, W >= {@code minSize}, and C = {@code channels} unless it is 0 (any).
     * E.g. "model resnet19: expected input [3, H, W] with H, W >= 8, found [1, 28, 28]".
     */
    static void image(ModelSpec spec, int channels, int minSize) {
        long[] s = spec.sampleShape();
        boolean ok = s.length == 3
                && s[0] >= 1
                && (channels == 0 || s[0] == channels)
                && s[1] >= minSize
                && s[2] >= minSize;
        if (!ok) {
            String c = channels == 0 ? "C" : Integer.toString(channels);
            throw new Snn4jException("model " + spec.architecture() + ": expected input [" + c
                    + ", H, W] with H, W >= " + minSize + ", found " + Arrays.toString(s));
        }
    }

    /** Requires a point cloud [N, 3] with N >= 1. */
    static void points(ModelSpec spec) {
        long[] s = spec.sampleShape();
        if (s.length != 2 || s[0] < 1 || s[1] != 3) {
            throw new Snn4jException("model " + spec.architecture()
                    + ": expected input [N, 3] (N points of x, y, z) with N >= 1, found " + Arrays.toString(s));
        }
    }
}
