/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import dev.snn4j.data.Augmentation;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Training-time changes of a point cloud [N, 3], in PointNet++'s order: rotation about the up
 * axis, anisotropic scale, translation, jitter (see {@link Augmentation} for the ranges).
 *
 * <p>The up axis is y, as in PointNet's {@code rotate_point_cloud} and the HDF5 and resampled
 * ModelNet releases (x' = x cos a + z sin a, z' = -x sin a + z cos a). Random numbers are drawn in a
 * fixed order: the angle, the three scale factors, the three offsets, then the jitter of every
 * coordinate of every point, each group only when enabled.
 */
public final class PointAugmenter {

    /** Scale factors are uniform in [SCALE_LOW, SCALE_HIGH]. */
    public static final double SCALE_LOW = 0.8;
    public static final double SCALE_HIGH = 1.25;
    /** Offsets are uniform in [-SHIFT, SHIFT]. */
    public static final double SHIFT = 0.1;
    /** Jitter: Gaussian with this sigma, clipped to [-JITTER_CLIP, JITTER_CLIP]. */
    public static final double JITTER_SIGMA = 0.01;
    public static final double JITTER_CLIP = 0.05;

    private final boolean rotate;
    private final boolean scale;
    private final boolean translate;
    private final boolean jitter;

    public PointAugmenter(Set<Augmentation> augment) {
        this.rotate = augment.contains(Augmentation.ROTATE);
        this.scale = augment.contains(Augmentation.SCALE);
        this.translate = augment.contains(Augmentation.TRANSLATE);
        this.jitter = augment.contains(Augmentation.JITTER);
    }

    /** Whether any change is enabled. */
    public boolean active() {
        return rotate || scale || translate || jitter;
    }

    /** Changes the {@code n} points at {@code offset} in place. */
    public void apply(float[] xyz, int offset, int n, RandomGenerator rng) {
        double cos = 1;
        double sin = 0;
        if (rotate) {
            double a = rng.nextDouble() * 2 * Math.PI;
            cos = Math.cos(a);
            sin = Math.sin(a);
        }
        double sx = 1;
        double sy = 1;
        double sz = 1;
        if (scale) {
            sx = rng.nextDouble(SCALE_LOW, SCALE_HIGH);
            sy = rng.nextDouble(SCALE_LOW, SCALE_HIGH);
            sz = rng.nextDouble(SCALE_LOW, SCALE_HIGH);
        }
        double tx = 0;
        double ty = 0;
        double tz = 0;
        if (translate) {
            tx = rng.nextDouble(-SHIFT, SHIFT);
            ty = rng.nextDouble(-SHIFT, SHIFT);
            tz = rng.nextDouble(-SHIFT, SHIFT);
        }
        if (rotate || scale || translate) {
            for (int i = 0; i < n; i++) {
                int p = offset + 3 * i;
                double x = xyz[p];
                double z = xyz[p + 2];
                xyz[p] = (float) ((x * cos + z * sin) * sx + tx);
                xyz[p + 1] = (float) (xyz[p + 1] * sy + ty);
                xyz[p + 2] = (float) ((-x * sin + z * cos) * sz + tz);
            }
        }
        if (jitter) {
            for (int i = 0; i < 3 * n; i++) {
                double d = Math.max(-JITTER_CLIP, Math.min(JITTER_CLIP, JITTER_SIGMA * rng.nextGaussian()));
                xyz[offset + i] += (float) d;
            }
        }
    }
}
