/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression test for the use-after-free that {@link Scalars} avoids: the gradient of x·c must be c
 * even when the garbage collector runs between the forward and the backward pass and the freed
 * memory is reused (here filled with NaN). With DJL's own {@code x.mul(3f)} about half of these
 * gradients come out wrong on this machine.
 */
class ScalarsTest {

    @Test
    void constantsSurviveGarbageCollectionUntilTheBackwardPass() {
        int wrong = 0;
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int rep = 0; rep < 100; rep++) {
                try (NDManager step = manager.newSubManager()) {
                    NDArray x = step.ones(new Shape(4));
                    x.setRequiresGradient(true);
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        NDArray y = Scalars.mul(Scalars.add(Scalars.sub(x, 1f), 2f), 3f);
                        System.gc();
                        List<ByteBuffer> reuse = new ArrayList<>();
                        for (int i = 0; i < 1000; i++) {
                            reuse.add(ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).putFloat(0, Float.NaN));
                        }
                        collector.backward(y.sum());
                        assertEquals(24f, y.sum().getFloat(), 0f); // (1 - 1 + 2) * 3 per element
                    }
                    if (x.getGradient().getFloat(0) != 3f) {
                        wrong++;
                    }
                }
            }
        }
        assertEquals(0, wrong, "gradients corrupted by freed constants");
    }
}
