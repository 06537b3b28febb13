/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.snn4j.neuron.kernel.FusedKernel;
import org.junit.jupiter.api.Test;

/**
 * A spiking layer fused with a max pool of any window (overlapping 3×3 windows with stride 2 and
 * padding 1 as in the ImageNet ResNets' stem, ceil mode, odd maps, rectangular windows) against the
 * layer's autograd formulation followed by DJL's max pool: pooled spikes bit for bit, input
 * gradients to float rounding (overlapping windows add their gradients where PyTorch does, ties go
 * to the same neuron), spike counts exact.
 */
class FusedWindowPoolTest {

    private record Case(String name, FusedKernel.MaxPool window, long height, long width, long outHeight, long outWidth) {}

    private static final Case[] CASES = {
        new Case("3x3/2 pad 1, even maps (ResNet stem)", new FusedKernel.MaxPool(3, 3, 2, 2, 1, 1, false), 8, 8, 4, 4),
        new Case("3x3/2 pad 1, odd maps", new FusedKernel.MaxPool(3, 3, 2, 2, 1, 1, false), 7, 9, 4, 5),
        new Case("2x2/2, odd maps, floor", FusedKernel.MaxPool.TWO_BY_TWO, 5, 7, 2, 3),
        new Case("2x2/2, odd maps, ceil", new FusedKernel.MaxPool(2, 2, 2, 2, 0, 0, true), 5, 7, 3, 4),
        new Case("3x3/1 pad 1", new FusedKernel.MaxPool(3, 3, 1, 1, 1, 1, false), 5, 6, 5, 6),
        new Case("2x3 stride 1x2 pad 1x1, ceil", new FusedKernel.MaxPool(2, 3, 1, 2, 1, 1, true), 4, 6, 5, 4),
    };

    @Test
    void sameAsTheLayerThenDjlsMaxPoolForEveryWindowAndOption() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(31);
            for (Case c : CASES) {
                Shape maps = new Shape(3, c.height(), c.width());
                NDArray sequence = manager.randomNormal(new Shape(4, 2).addAll(maps)).mul(1.5f);
                NDArray once = manager.randomNormal(new Shape(2).addAll(maps)).mul(1.5f);
                NDArray weights = manager.randomNormal(new Shape(4, 2, 3, c.outHeight(), c.outWidth()));
                assertFiresSome(sequence, c.name());
                for (NeuronSpec spec : FusedNeuronTest.specs()) {
                    String what = c.name() + ", " + spec.describe();
                    FusedMaxPoolTest.Run fused = FusedMaxPoolTest.run(spec, sequence, 0, c.window(), weights, true);
                    assertEquals(weights.size(), fused.pooled().length, what + ": pooled size");
                    FusedMaxPoolTest.assertSame(
                            FusedMaxPoolTest.run(spec, sequence, 0, c.window(), weights, false), fused, what);
                    FusedMaxPoolTest.assertSame(FusedMaxPoolTest.run(spec, once, 4, c.window(), weights, false),
                            FusedMaxPoolTest.run(spec, once, 4, c.window(), weights, true), what + " repeated");
                }
            }
        }
    }

    /**
     * The stem's pool at a size where a block is one whole map of 56 × 56 (above the 2,048-neuron
     * target), over several tasks; and small maps packed many to a block with a short last block.
     */
    @Test
    void wholeMapBlocksAcrossTasks() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(32);
            FusedKernel.MaxPool stem = new FusedKernel.MaxPool(3, 3, 2, 2, 1, 1, false);
            NeuronSpec spec = NeuronSpec.defaults();
            NDArray large = manager.randomNormal(new Shape(2, 2, 8, 56, 56)).mul(1.5f);
            NDArray largeWeights = manager.randomNormal(new Shape(2, 2, 8, 28, 28));
            FusedMaxPoolTest.assertSame(FusedMaxPoolTest.run(spec, large, 0, stem, largeWeights, false),
                    FusedMaxPoolTest.run(spec, large, 0, stem, largeWeights, true), "56x56");
            // 9 × 9 maps: 25 to a block of 2,025 neurons; 3 × 40 maps make 4 blocks, the last of 45 maps... short
            NDArray small = manager.randomNormal(new Shape(3, 3, 40, 9, 9)).mul(1.5f);
            NDArray smallWeights = manager.randomNormal(new Shape(3, 3, 40, 5, 5));
            FusedMaxPoolTest.assertSame(FusedMaxPoolTest.run(spec, small, 0, stem, smallWeights, false),
                    FusedMaxPoolTest.run(spec, small, 0, stem, smallWeights, true), "9x9");
        }
    }

    /** Windows without spikes and windows with several are where the routing rule matters: the cases have both. */
    private static void assertFiresSome(NDArray x, String what) {
        float above = x.gte(1f).toType(ai.djl.ndarray.types.DataType.FLOAT32, false).mean().getFloat();
        assertTrue(above > 0.1f && above < 0.5f, what + ": the case needs inputs both above and below the threshold");
    }
}
