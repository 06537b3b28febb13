/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.Augmentation;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The geometric part of neuromorphic data augmentation (NDA, Li et al., 2022) for one sample of
 * event frames: roll (a cyclic shift), rotation, horizontal shear and cutout, the same for all T
 * frames and both polarities (a sample is one scene). Each enabled transform applies with
 * probability 0.5: ROLL by up to ±max(1, size/8) pixels per axis, ROTATE by an angle uniform in
 * ±15°, SHEAR by x' = x + s·y with s uniform in ±0.3 (about the frame's centre, nearest
 * neighbour), CUTOUT zeroes a square of side max(1, size/4) centred on a uniform pixel. Pixels
 * taken from outside the frame are 0.
 *
 * @param rollY cyclic shift of rows (0 = none)
 * @param rollX cyclic shift of columns
 * @param angle rotation in radians
 * @param shear horizontal shear factor
 * @param cutY cutout centre row, or -1 for no cutout
 * @param cutX cutout centre column
 * @param cutSize cutout side
 */
record NdaTransform(int rollY, int rollX, double angle, double shear, int cutY, int cutX, int cutSize) {

    static final double MAX_ANGLE = Math.toRadians(15);
    static final double MAX_SHEAR = 0.3;

    /** Draws in a fixed order (ROLL, ROTATE, SHEAR, CUTOUT, each only when enabled); {@code null} if none is enabled. */
    static NdaTransform draw(RandomGenerator rng, Set<Augmentation> augment, int height, int width) {
        boolean roll = augment.contains(Augmentation.ROLL);
        boolean rotate = augment.contains(Augmentation.ROTATE);
        boolean shear = augment.contains(Augmentation.SHEAR);
        boolean cutout = augment.contains(Augmentation.CUTOUT);
        if (!roll && !rotate && !shear && !cutout) {
            return null;
        }
        int rollY = 0;
        int rollX = 0;
        if (roll && rng.nextBoolean()) {
            int my = FrameAugmenter.maxShift(height);
            int mx = FrameAugmenter.maxShift(width);
            rollY = rng.nextInt(2 * my + 1) - my;
            rollX = rng.nextInt(2 * mx + 1) - mx;
        }
        double angle = rotate && rng.nextBoolean() ? (2 * rng.nextDouble() - 1) * MAX_ANGLE : 0;
        double s = shear && rng.nextBoolean() ? (2 * rng.nextDouble() - 1) * MAX_SHEAR : 0;
        int cutY = -1;
        int cutX = 0;
        if (cutout && rng.nextBoolean()) {
            cutY = rng.nextInt(height);
            cutX = rng.nextInt(width);
        }
        return new NdaTransform(rollY, rollX, angle, s, cutY, cutX, Math.max(1, Math.min(height, width) / 4));
    }

    /**
     * For every output pixel y·W + x, the pixel (row·W + column) of the untransformed frame it shows,
     * or -1 for 0: cutout first, then the inverse of shear and rotation, then the inverse roll.
     */
    int[] sourceMap(int height, int width) {
        int[] map = new int[height * width];
        double cy = (height - 1) / 2.0;
        double cx = (width - 1) / 2.0;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        int half = cutSize / 2;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int out = y * width + x;
                if (cutY >= 0 && y >= cutY - half && y < cutY - half + cutSize && x >= cutX - half && x < cutX - half + cutSize) {
                    map[out] = -1;
                    continue;
                }
                double v = y - cy;
                double u = x - cx - shear * v; // undo x' = x + s·y
                long sx = Math.round(cos * u + sin * v + cx); // undo the rotation by angle
                long sy = Math.round(-sin * u + cos * v + cy);
                if (sx < 0 || sx >= width || sy < 0 || sy >= height) {
                    map[out] = -1;
                    continue;
                }
                int ry = Math.floorMod((int) sy - rollY, height);
                int rx = Math.floorMod((int) sx - rollX, width);
                map[out] = ry * width + rx;
            }
        }
        return map;
    }
}
