/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The schedules against values worked by hand (PyTorch's CosineAnnealingLR with eta_min 0). */
class LearningRateScheduleTest {

    @Test
    void cosinePerUpdateAnnealsOverAllUpdates() {
        // 2 epochs of 2 updates: T_max = 4, update k (1-based) uses 0.1 (1 + cos(pi (k - 1) / 4)) / 2
        assertEquals(0.1f, Optimizers.learningRate(LrSchedule.COSINE, 0.1, 1, 2, 2), 1e-7f);
        assertEquals(0.0853553f, Optimizers.learningRate(LrSchedule.COSINE, 0.1, 2, 2, 2), 1e-7f);
        assertEquals(0.05f, Optimizers.learningRate(LrSchedule.COSINE, 0.1, 3, 2, 2), 1e-7f);
        assertEquals(0.0146447f, Optimizers.learningRate(LrSchedule.COSINE, 0.1, 4, 2, 2), 1e-7f);
    }

    @Test
    void cosinePerEpochHoldsTheRateWithinAnEpoch() {
        // 3 epochs of 5 updates: epoch e uses 0.1 (1 + cos(pi e / 3)) / 2 = 0.1, 0.075, 0.025
        float[] expected = {0.1f, 0.075f, 0.025f};
        for (int update = 1; update <= 15; update++) {
            int epoch = (update - 1) / 5;
            assertEquals(expected[epoch], Optimizers.learningRate(LrSchedule.COSINE_EPOCH, 0.1, update, 5, 3), 1e-7f,
                    "update " + update);
        }
    }

    @Test
    void constantIsTheBaseRate() {
        assertEquals(0.01f, Optimizers.learningRate(LrSchedule.CONSTANT, 0.01, 37, 10, 4), 0f);
    }

    @Test
    void scheduleNamesParse() {
        assertEquals(LrSchedule.COSINE_EPOCH, LrSchedule.parse("cosine_epoch"));
        assertEquals("cosine_epoch", LrSchedule.COSINE_EPOCH.cliName());
    }
}
