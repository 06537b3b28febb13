/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.snn4j.data.BatchLoader;
import dev.snn4j.data.HostBatch;
import dev.snn4j.data.SampleDataset;
import java.util.function.IntConsumer;

/**
 * The one loop over a dataset's evaluation batches that every measurement shares (accuracy,
 * reversed accuracy, attacks): batches in order, no augmentation, prepared on the loader thread,
 * each batch's arrays in a scope closed after it.
 */
final class BatchLoop {

    /** What is done with one batch: its inputs, labels and the batch as the loader made it. */
    @FunctionalInterface
    interface Body {
        void accept(NDArray x, NDArray y, HostBatch batch);
    }

    private BatchLoop() {}

    /**
     * @param onStep called with the 1-based batch number after each batch (progress bars)
     */
    static void run(NDManager manager, SampleDataset data, int batchSize, IntConsumer onStep, Body body) {
        try (BatchLoader batches = BatchLoader.evaluation(data, batchSize)) {
            int step = 0;
            while (batches.hasNext()) {
                HostBatch batch = batches.next();
                try (NDManager scope = manager.newSubManager()) {
                    body.accept(Batches.input(scope, batch), Batches.labels(scope, batch), batch);
                }
                onStep.accept(++step);
            }
        }
    }
}
