/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/**
 * Every reading of the star operation on paired features [T = 2, 2B = 4, D = 2], against values
 * worked by hand. Sample 0: original steps [1, 0], [1, 1]; reversed view [1, 1], [1, 0], so r = [1, 0.5],
 * r̂ = [1, 0.5]. Sample 1 never fires in its original view.
 */
class StarOperationTest {

    private static final float[] FEATURES = {
        // t = 0: original 0, original 1, reversed 0, reversed 1
        1, 0, 0, 0, 1, 1, 1, 1,
        // t = 1
        1, 1, 0, 0, 1, 0, 1, 1,
    };

    private static float[] hybrid(StarProduct at, StarScale scale) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray features = m.create(FEATURES, new Shape(2, 4, 2));
            return StarOperation.hybrid(features, 2, at, scale).toFloatArray();
        }
    }

    @Test
    void ratesProductIsTheProductOfTheMeansOverTime() {
        // r ⊙ r̂ = [1·1, 0.5·0.5]; sample 1: [0, 0]
        assertArrayEquals(new float[] {1, 0.25f, 0, 0}, hybrid(StarProduct.RATES, StarScale.PRODUCT), 1e-6f);
    }

    @Test
    void stepsProductIsTheMeanOfTheProductsPerStep() {
        // t = 0: [1·1, 0·1] = [1, 0]; t = 1: [1·1, 1·0] = [1, 0]; mean [1, 0], not r ⊙ r̂ = [1, 0.25]
        assertArrayEquals(new float[] {1, 0, 0, 0}, hybrid(StarProduct.STEPS, StarScale.PRODUCT), 1e-6f);
    }

    @Test
    void sqrtIsTheGeometricMeanWithAFiniteSlopeAtZero() {
        // √(1 + 1e-4) − 0.01 = 0.99005; √(0.25 + 1e-4) − 0.01 = 0.4901; √(1e-4) − 0.01 = 0
        assertArrayEquals(new float[] {0.990050f, 0.490100f, 0, 0}, hybrid(StarProduct.RATES, StarScale.SQRT), 1e-5f);
    }

    @Test
    void normalizedCarriesTheOriginalRatesMeanPerSample() {
        // sample 0: mean r = 0.75, mean h = 0.625: h · 0.75 / 0.625 = [1.2, 0.3]; sample 1: 0 / 1e-6 = 0
        assertArrayEquals(new float[] {1.2f, 0.3f, 0, 0}, hybrid(StarProduct.RATES, StarScale.NORMALIZED), 1e-5f);
        // per step: h = [1, 0], mean 0.5: [1.5, 0]
        assertArrayEquals(new float[] {1.5f, 0, 0, 0}, hybrid(StarProduct.STEPS, StarScale.NORMALIZED), 1e-5f);
    }
}
