/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.snn4j.data.HostBatch;
import java.nio.FloatBuffer;

/** Turns a batch prepared on the loader thread into arrays: one copy each, no per-sample arrays. */
public final class Batches {

    private Batches() {}

    public static NDArray input(NDManager manager, HostBatch batch) {
        return manager.create(FloatBuffer.wrap(batch.data()), new Shape(batch.shape()));
    }

    public static NDArray labels(NDManager manager, HostBatch batch) {
        return manager.create(batch.labels());
    }
}
