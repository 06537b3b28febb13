/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spiking ResNet block (neuron after the addition) and the SEW block (ADD after the neurons). */
class ResidualBlocksTest {

    private static NDArray run(Block block, NDManager m, NDArray x) {
        block.initialize(m, DataType.FLOAT32, x.getShape());
        return block.forward(new ParameterStore(m, false), new NDList(x), true).singletonOrThrow();
    }

    private static NDArray spikes(NDManager m, Shape shape) {
        return m.randomUniform(0f, 1f, shape).gt(0.7f).toType(DataType.FLOAT32, false);
    }

    private static List<String> childNames(Block block) {
        List<String> names = new ArrayList<>();
        for (Pair<String, Block> c : block.getChildren()) {
            names.add(c.getKey().substring(2));
        }
        return names;
    }

    @Test
    void residualBlockKeepsOrProjectsAndEmitsSpikes() {
        Engine.getInstance().setRandomSeed(11);
        try (NDManager m = NDManager.newBaseManager()) {
            ResidualBlock same = new ResidualBlock(8, 8, 1, NeuronSpec.defaults());
            ResidualBlock down = new ResidualBlock(8, 16, 2, NeuronSpec.defaults());
            assertFalse(same.hasProjection());
            assertTrue(down.hasProjection());
            assertEquals(List.of("conv1", "sn1", "conv2", "sn2"), childNames(same));
            assertEquals(List.of("conv1", "sn1", "conv2", "shortcut", "sn2"), childNames(down));
            NDArray x = spikes(m, new Shape(3, 2, 8, 6, 6));
            NDArray a = run(same, m, x.mul(3f));
            NDArray b = run(down, m, x);
            assertEquals(new Shape(3, 2, 8, 6, 6), a.getShape());
            assertEquals(new Shape(3, 2, 16, 3, 3), b.getShape());
            assertEquals(new Shape(3, 2, 16, 3, 3), down.getOutputShapes(new Shape[] {x.getShape()})[0]);
            assertBinary(a);
            assertBinary(b);
            assertEquals(2, SpikingSequential.countSpikingNeurons(down));
        }
    }

    /** The exact block: out = SN(BN(conv(SN1(...))) + x), the neuron after the addition. */
    @Test
    void residualBlockAppliesItsLastNeuronToTheSum() {
        Engine.getInstance().setRandomSeed(13);
        try (NDManager m = NDManager.newBaseManager()) {
            ResidualBlock block = new ResidualBlock(8, 8, 1, NeuronSpec.defaults());
            List<NDArray> sn1 = new ArrayList<>();
            collectNeurons(block).get(0).setRecorder(sn1::add);
            NDArray x = spikes(m, new Shape(3, 2, 8, 5, 5));
            NDArray out = run(block, m, x);
            ParameterStore ps = new ParameterStore(m, false);
            Block conv2 = child(block, "conv2");
            NDArray branch = conv2.forward(ps, new NDList(sn1.get(0)), true).singletonOrThrow();
            SpikingNeuron fresh = SpikingNeuron.builder().setSpec(NeuronSpec.defaults()).build();
            fresh.initialize(m, DataType.FLOAT32, x.getShape());
            NDArray expected = fresh.forward(ps, new NDList(branch.add(x)), true).singletonOrThrow();
            assertArrayEquals(expected.toFloatArray(), out.toFloatArray(), 0f);
        }
    }

    private static Block child(Block block, String name) {
        for (Pair<String, Block> c : block.getChildren()) {
            if (c.getKey().substring(2).equals(name)) {
                return c.getValue();
            }
        }
        throw new AssertionError("no child " + name);
    }

    /**
     * With an identity shortcut the SEW output minus the input is the branch's spikes, so it is 0
     * or 1 everywhere; the output itself counts spikes (0, 1, 2).
     */
    @Test
    void sewBlockAddsBranchSpikesToTheShortcut() {
        Engine.getInstance().setRandomSeed(12);
        try (NDManager m = NDManager.newBaseManager()) {
            SewBlock same = new SewBlock(8, 8, 1, NeuronSpec.defaults());
            assertFalse(same.hasDownsample());
            NDArray x = spikes(m, new Shape(4, 2, 8, 6, 6));
            List<NDArray> sn2 = new ArrayList<>();
            collectNeurons(same).get(1).setRecorder(sn2::add);
            NDArray y = run(same, m, x);
            assertEquals(x.getShape(), y.getShape());
            assertArrayEquals(sn2.get(0).add(x).toFloatArray(), y.toFloatArray(), 0f);
            assertBinary(y.sub(x));
            assertTrue(y.max().getFloat() <= 2f);

            SewBlock down = new SewBlock(8, 16, 2, NeuronSpec.defaults());
            assertTrue(down.hasDownsample());
            assertEquals(List.of("conv1", "sn1", "conv2", "sn2", "downsample", "downsample_sn"), childNames(down));
            assertEquals(3, SpikingSequential.countSpikingNeurons(down));
            // every one of the three neurons emits 0/1, so the sum of two is in {0, 1, 2}
            List<NDArray> seen = new ArrayList<>();
            collectNeurons(down).forEach(n -> n.setRecorder(seen::add));
            NDArray z = run(down, m, x);
            assertEquals(new Shape(4, 2, 16, 3, 3), z.getShape());
            assertEquals(3, seen.size());
            seen.forEach(ResidualBlocksTest::assertBinary);
            NDArray whole = z.eq(0f).logicalOr(z.eq(1f)).logicalOr(z.eq(2f));
            assertEquals(z.size(), whole.sum().getLong());
        }
    }

    private static List<SpikingNeuron> collectNeurons(Block block) {
        List<SpikingNeuron> out = new ArrayList<>();
        if (block instanceof SpikingNeuron n) {
            out.add(n);
        }
        for (Pair<String, Block> c : block.getChildren()) {
            out.addAll(collectNeurons(c.getValue()));
        }
        return out;
    }

    static void assertBinary(NDArray s) {
        NDArray binary = s.eq(0f).logicalOr(s.eq(1f));
        assertEquals(s.size(), binary.sum().getLong(), "values other than 0 and 1");
    }
}
