/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class TemporalReversalTest {

    /** x[t, b, c] = 100 t + 10 b + c: the flip must move t only. */
    private static NDArray indexed(NDManager m, int steps, int batch, int channels) {
        float[] v = new float[steps * batch * channels];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                for (int c = 0; c < channels; c++) {
                    v[(t * batch + b) * channels + c] = 100 * t + 10 * b + c;
                }
            }
        }
        return m.create(v, new Shape(steps, batch, channels));
    }

    @Test
    void reverseFlipsTheTimeAxisOnly() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray r = TemporalReversal.reverse(indexed(m, 3, 2, 2));
            assertEquals(new Shape(3, 2, 2), r.getShape());
            for (int t = 0; t < 3; t++) {
                for (int b = 0; b < 2; b++) {
                    for (int c = 0; c < 2; c++) {
                        assertEquals(100 * (2 - t) + 10 * b + c, r.getFloat(t, b, c), 0f);
                    }
                }
            }
        }
    }

    @Test
    void withReversedStacksOriginalThenReversedOnTheBatchAxis() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = indexed(m, 4, 2, 1);
            NDArray both = TemporalReversal.withReversed(x);
            assertEquals(new Shape(4, 4, 1), both.getShape());
            for (int t = 0; t < 4; t++) {
                assertArrayEquals(new float[] {100 * t, 100 * t + 10}, both.get(t).get("0:2").toFloatArray());
                assertArrayEquals(new float[] {100 * (3 - t), 100 * (3 - t) + 10}, both.get(t).get("2:4").toFloatArray());
            }
        }
    }

    @Test
    void starOperationIsElementwiseProduct() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray h = StarOperation.hybrid(m.create(new float[] {0.5f, 0f, 1f}), m.create(new float[] {0.5f, 1f, 0.25f}));
            assertArrayEquals(new float[] {0.25f, 0f, 0.25f}, h.toFloatArray());
        }
    }
}
