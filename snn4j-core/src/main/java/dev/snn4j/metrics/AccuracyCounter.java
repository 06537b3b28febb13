/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.metrics;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** Counts correct top-1 predictions over batches. */
public final class AccuracyCounter {

    private long correct;
    private long total;

    /** Adds a batch of logits [B, classes] and integer labels [B]. */
    public void add(NDArray logits, NDArray labels) {
        NDArray predicted = logits.argMax(1).toType(DataType.INT64, false);
        correct += predicted.eq(labels.toType(DataType.INT64, false)).sum().getLong();
        total += labels.size();
    }

    public long correct() {
        return correct;
    }

    public long total() {
        return total;
    }

    /** Fraction correct in [0, 1]; 0 before any batch. */
    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }
}
