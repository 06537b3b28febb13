/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Measures how fast batches are prepared (batches of 64, crop + flip, Fashion-MNIST subset).
 * A training step takes ~100 ms, so anything above a few hundred batches per second keeps
 * the data off the critical path; the assertion is loose so a busy machine does not fail it.
 */
class BatchThroughputTest {

    @Test
    void preparesBatchesFarFasterThanATrainingStep() {
        ImageDataset train = MnistFormatDatasets.loadEmbeddedFashionMnist().train();
        Normalization norm = Normalization.of(DatasetId.FASHION_MNIST);
        EnumSet<Augmentation> aug = EnumSet.of(Augmentation.CROP, Augmentation.FLIP);
        double perSecond = 0;
        for (int epoch = 0; epoch < 3; epoch++) { // the first epochs warm up the JIT
            long start = System.nanoTime();
            int batches = 0;
            try (BatchLoader loader = BatchLoader.training(train, 64, 1, epoch, aug, norm)) {
                while (loader.hasNext()) {
                    batches += loader.next().size() > 0 ? 1 : 0;
                }
            }
            assertEquals(157, batches);
            perSecond = Math.max(perSecond, batches / ((System.nanoTime() - start) / 1e9));
        }
        System.out.printf("[data] batch preparation (64 x 1x28x28, crop+flip, background thread): %.0f batches/s,"
                + " %.0f images/s%n", perSecond, perSecond * 64);
        assertTrue(perSecond > 100, "only " + perSecond + " batches/s");
    }
}
