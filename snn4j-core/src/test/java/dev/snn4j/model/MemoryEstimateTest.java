/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.Shape;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.InputEncoding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memory bound of a training step, by hand on a two-stage model, and its refusal. */
class MemoryEstimateTest {

    /** Stem [4, 8, 8] = 256 and one body stage [8, 4, 4] = 128: 384 activations per sample and step. */
    private static final ModelCost COST = new ModelCost(100, 0, 0, 0, 1, InputEncoding.DIRECT, List.of(), List.of(
            new ModelCost.StageShape("stem", new Shape(4, 8, 8)), new ModelCost.StageShape("body.b1", new Shape(8, 4, 4))));

    @Test
    void boundIsTimestepsTimesBatchTimesActivationsTimesFourBytes() {
        MemoryEstimate e = MemoryEstimate.of(COST, 5, 16);
        assertEquals(384, e.activationsPerSampleAndStep());
        assertEquals(5L * 16 * 384 * 4, e.bytes());
        e.requireFits(e.bytes()); // exactly enough passes
        Snn4jException refused = assertThrows(Snn4jException.class, () -> e.requireFits(e.bytes() - 1));
        assertEquals("memory: one training step needs at least 0 MB (`timesteps` 5 x `batch_size` 16 x 384 activations per"
                + " sample and step x 4 bytes), found 0 MB available; use a smaller `batch_size`, `timesteps` or model, or skip"
                + " this check (`skip_memory_check`)", refused.getMessage());
    }

    @Test
    void hugeSettingsDoNotOverflow() {
        MemoryEstimate e = MemoryEstimate.of(COST, Integer.MAX_VALUE, Integer.MAX_VALUE);
        assertTrue(e.bytes() > 0);
        Snn4jException refused = assertThrows(Snn4jException.class, () -> e.requireFits(1L << 40));
        assertTrue(refused.getMessage().contains("found 1,024.0 GB available"), refused.getMessage());
    }
}
