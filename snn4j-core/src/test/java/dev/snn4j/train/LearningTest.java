/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import dev.snn4j.config.TrainConfig;
import dev.snn4j.run.TrainResult;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short real training run: one epoch on the first 2,000 Fashion-MNIST training images must reach
 * more than 60% test accuracy (on the first 1,000 test images) with either method. Chance is 10%.
 * Batch 8 and learning rate 0.2 give the 250 steps this needs; the full recipe is a benchmark.
 */
class LearningTest {

    @Test
    void oneEpochOnTwoThousandImagesLearnsWithBothMethods(@TempDir Path dir) {
        for (String method : new String[] {"baseline", "trt"}) {
            TrainConfig config = TrainConfig.defaults()
                    .with("method", method)
                    .with("train_limit", 2000)
                    .with("test_limit", 1000)
                    .with("epochs", 1)
                    .with("batch_size", 8)
                    .with("lr", 0.2)
                    .with("augment", "none")
                    .with("out", dir.resolve(method).toString());
            TrainResult result = new Trainer(config, System.getenv(), TrainingListener.NONE).run();
            assertTrue(result.testAccuracy() > 0.60, method + " reached only " + result.testAccuracy());
        }
    }
}
