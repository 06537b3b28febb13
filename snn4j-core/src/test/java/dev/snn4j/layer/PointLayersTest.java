/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

/** Per-point layers, max pooling over points, and flattening of feature maps. */
class PointLayersTest {

    @Test
    void pointwiseAppliesTheSameLayerToEveryPoint() {
        Engine.getInstance().setRandomSeed(21);
        try (NDManager m = NDManager.newBaseManager()) {
            Linear linear = Linear.builder().setUnits(5).build();
            Pointwise pointwise = new Pointwise(linear);
            Shape in = new Shape(2, 3, 7, 4); // [T, B, N, C]
            pointwise.initialize(m, DataType.FLOAT32, in);
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(in);
            NDArray y = pointwise.forward(ps, new NDList(x), false).singletonOrThrow();
            assertEquals(new Shape(2, 3, 7, 5), y.getShape());
            assertEquals(new Shape(2, 3, 7, 5), pointwise.getOutputShapes(new Shape[] {in})[0]);
            NDArray one = linear.forward(ps, new NDList(x.get("1, 2, 4").reshape(1, 4)), false).singletonOrThrow();
            assertArrayEquals(one.toFloatArray(), y.get("1, 2, 4").toFloatArray(), 1e-6f);
        }
    }

    @Test
    void pointMaxPoolIsTheMaximumOverPointsAndIgnoresTheirOrder() {
        Engine.getInstance().setRandomSeed(22);
        try (NDManager m = NDManager.newBaseManager()) {
            PointMaxPool pool = new PointMaxPool();
            NDArray x = m.randomNormal(new Shape(2, 3, 6, 4));
            ParameterStore ps = new ParameterStore(m, false);
            NDArray y = pool.forward(ps, new NDList(x), false).singletonOrThrow();
            assertEquals(new Shape(2, 3, 4), y.getShape());
            assertEquals(new Shape(2, 3, 4), pool.getOutputShapes(new Shape[] {x.getShape()})[0]);
            float[] v = x.toFloatArray();
            float best = Float.NEGATIVE_INFINITY;
            for (int n = 0; n < 6; n++) {
                best = Math.max(best, v[((1 * 3 + 2) * 6 + n) * 4 + 3]); // t=1, b=2, channel 3
            }
            assertEquals(best, y.get("1, 2, 3").getFloat(), 0f);
            NDArray shuffled = x.get(":, :, {}", m.create(new long[] {5, 3, 0, 1, 4, 2}));
            assertArrayEquals(y.toFloatArray(), pool.forward(ps, new NDList(shuffled), false).singletonOrThrow().toFloatArray(), 0f);
        }
    }

    @Test
    void flattenKeepsTimeAndBatch() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.arange(2 * 3 * 4 * 2 * 2f).reshape(2, 3, 4, 2, 2);
            FlattenFeatures flatten = new FlattenFeatures();
            NDArray y = flatten.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
            assertEquals(new Shape(2, 3, 16), y.getShape());
            assertEquals(new Shape(2, 3, 16), flatten.getOutputShapes(new Shape[] {x.getShape()})[0]);
            assertArrayEquals(x.get("1, 2").flatten().toFloatArray(), y.get("1, 2").toFloatArray(), 0f);
        }
    }
}
