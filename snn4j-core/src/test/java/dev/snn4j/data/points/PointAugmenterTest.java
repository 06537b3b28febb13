/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.data.Augmentation;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Point-cloud training augmentation: each kind stays within its bounds. */
class PointAugmenterTest {

    @Test
    void augmentationsStayWithinTheirBounds() {
        int n = 256;
        float[] cloud = new float[3 * n];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 3 * n; i++) {
            cloud[i] = (float) r.nextDouble(-1, 1);
        }
        PointClouds.normalize(cloud, 0, n);
        for (int seed = 0; seed < 50; seed++) {
            float[] j = apply(cloud, EnumSet.of(Augmentation.JITTER), seed);
            for (int i = 0; i < 3 * n; i++) {
                assertTrue(Math.abs(j[i] - cloud[i]) <= 0.05 + 1e-6);
            }
            float[] t = apply(cloud, EnumSet.of(Augmentation.TRANSLATE), seed);
            for (int k = 0; k < 3; k++) {
                double d = t[k] - cloud[k];
                assertTrue(Math.abs(d) <= 0.1);
                for (int i = 0; i < n; i++) {
                    assertEquals(d, t[3 * i + k] - cloud[3 * i + k], 1e-5);
                }
            }
            float[] s = apply(cloud, EnumSet.of(Augmentation.SCALE), seed);
            for (int k = 0; k < 3; k++) {
                double f = s[k] / cloud[k];
                assertTrue(f >= 0.8 - 1e-5 && f <= 1.25 + 1e-5, "scale " + f);
                for (int i = 0; i < n; i++) {
                    assertEquals(f * cloud[3 * i + k], s[3 * i + k], 1e-5);
                }
            }
            float[] o = apply(cloud, EnumSet.of(Augmentation.ROTATE), seed);
            for (int i = 0; i < n; i++) {
                assertEquals(cloud[3 * i + 1], o[3 * i + 1], "y is the up axis");
                assertEquals(Math.hypot(cloud[3 * i], cloud[3 * i + 2]), Math.hypot(o[3 * i], o[3 * i + 2]), 1e-5);
            }
        }
        double sum2 = 0;
        for (int seed = 0; seed < 20; seed++) {
            float[] j = apply(cloud, EnumSet.of(Augmentation.JITTER), seed);
            for (int i = 0; i < 3 * n; i++) {
                sum2 += Math.pow(j[i] - cloud[i], 2);
            }
        }
        assertEquals(0.01, Math.sqrt(sum2 / (20 * 3 * n)), 0.001, "jitter sigma");
    }

    private static float[] apply(float[] cloud, Set<Augmentation> a, long seed) {
        float[] out = cloud.clone();
        new PointAugmenter(a).apply(out, 0, out.length / 3, new SplittableRandom(seed));
        return out;
    }
}
