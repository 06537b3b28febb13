/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.ConvBn;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.SynapticLinear;
import dev.snn4j.layer.TimeDistributed;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.NeuronType;
import dev.snn4j.neuron.SpikingNeuron;
import dev.snn4j.neuron.SurrogateSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the export writes for each part, and one line for what it cannot write. */
class NirExportTest {

    @Test
    void neuronsFollowSpikingJellysConvention() {
        // LIF tau 2, decay_input: tau = 2 dt, r = 1, v_leak = v_reset = 0
        NirNode.Lif lif = (NirNode.Lif) NeuronMapping.toNir(NeuronSpec.defaults(), 0, new long[] {2}, 1e-4, "sn");
        assertArrayEquals(new float[] {2e-4f, 2e-4f}, lif.tau().data());
        assertArrayEquals(new float[] {1, 1}, lif.r().data());
        assertArrayEquals(new float[] {0, 0}, lif.vLeak().data());
        assertArrayEquals(new float[] {1, 1}, lif.vThreshold().data());
        // PLIF without decay_input, reset -0.1: tau = dt / sigmoid(w), r = tau / dt, v_leak = v_reset
        NirNode.Lif plif = (NirNode.Lif) NeuronMapping.toNir(Models.plif(), 0.25, new long[] {1}, 1e-3, "sn");
        assertEquals(4e-3f, plif.tau().get(0), 1e-9f);
        assertEquals(4f, plif.r().get(0));
        assertEquals(-0.1f, plif.vLeak().get(0));
        assertEquals(-0.1f, plif.vReset().get(0));
        assertEquals(0.8f, plif.vThreshold().get(0));
        // IF: r = 1 / dt
        NirNode.If integrate = (NirNode.If) NeuronMapping.toNir(Models.integrateAndFire(), 0, new long[] {1}, 1e-4, "sn");
        assertEquals(10000f, integrate.r().get(0));
        assertEquals(0.75f, integrate.vThreshold().get(0));
    }

    @Test
    void theGraphHasSnn4jsNamesAndTheRateReadOut() {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = Models.preset(Models.spec(ModelPreset.CNN3, Models.lif(), 4, new long[] {1, 8, 8},
                    InputEncoding.DIRECT), m, 41);
            NirGraph g = NirExport.builder().optDt(1e-3).optMetadata("dataset", "fmnist").build().graph(net);
            assertEquals(List.of("input", "stem.encoder", "stem.sn1", "body.pool1.sum", "body.pool1", "body.conv2", "body.sn2",
                    "body.pool2.sum", "body.pool2", "body.conv3", "body.sn3", "body.gap", "body.gap_flatten", "head", "output"),
                    List.copyOf(g.nodes().keySet()));
            // max pool: an IF adding the window's sum (r = 1/dt), threshold 0.5, reset 0
            NirNode.If pool = (NirNode.If) g.node("body.pool1");
            assertEquals(1000f, pool.r().get(0));
            assertEquals(0.5f, pool.vThreshold().get(0));
            assertEquals(0f, pool.vReset().get(0));
            // the global average pool's 1/(H W) = 1/4 is in the head's weights
            float[] head = net.headBlock().getParameters().get("weight").getArray().toFloatArray();
            assertEquals(head[5] / 4, ((NirNode.Affine) g.node("head")).weight().get(5), 1e-9f);
            assertEquals(new NirNode.SumPool2d(List.of(2L, 2L), List.of(2L, 2L), List.of(0L, 0L)), g.node("body.gap"));
            assertEquals(1e-3, g.metadata().get(NirMetadata.DT));
            assertEquals(4L, g.metadata().get(NirMetadata.TIMESTEPS));
            assertEquals("direct", g.metadata().get(NirMetadata.ENCODING));
            assertEquals("fmnist", g.metadata().get("dataset"));
        }
    }

    private static String failure(SpikingModel net) {
        return assertThrows(Snn4jException.class, () -> NirExport.builder().build().graph(net)).getMessage();
    }

    @Test
    void softResetSaysWhy() {
        NeuronSpec soft = new NeuronSpec(NeuronType.LIF, 2, 1, null, true, false, SurrogateSpec.parse("sigmoid:4"));
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = Models.preset(Models.spec(ModelPreset.CNN3, soft, 2, new long[] {1, 8, 8}, InputEncoding.DIRECT),
                    m, 42);
            assertEquals("stem.sn1: soft reset (subtract the threshold) has no NIR counterpart; NIR's IF and LIF reset to"
                    + " v_reset (train with --v-reset 0 to export)", failure(net));
        }
    }

    @Test
    void blocksWithoutACounterpartNameTheLayer() {
        try (NDManager m = NDManager.newBaseManager()) {
            // a DJL pooling lambda, whose window cannot be read (the presets pool with layer.Pool2d)
            ModelSpec spec = Models.spec(ModelPreset.CNN3, Models.lif(), 2, new long[] {1, 8, 8}, InputEncoding.DIRECT);
            Stem stem = Stem.builder().setEncoding(InputEncoding.DIRECT).optTimesteps(2).setEncoder(ConvBn.conv3x3(4, 1))
                    .setNeuron(SpikingNeuron.builder().setSpec(spec.neuron()).build()).optNeuronName("sn1").build();
            SpikingSequential body = new SpikingSequential()
                    .add("maxpool", new TimeDistributed(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1))))
                    .add("gap", new GlobalAveragePool());
            SpikingModel net = new SpikingModel(spec, stem, body, SynapticLinear.of(10, true));
            net.initialize(m, DataType.FLOAT32, net.inputShape(1));
            assertEquals("body.maxpool: LambdaBlock has no NIR counterpart snn4j can write (snn4j exports convolutions and"
                    + " linear layers with their batch norms, IF and LIF/PLIF layers with hard reset, max pools of spikes"
                    + " and average pools (layer.Pool2d), global average pools, flattening and residual blocks)", failure(net));

            SpikingModel points = Models.preset(Models.spec(ModelPreset.POINTNET, Models.lif(), 2, new long[] {16, 3},
                    InputEncoding.DIRECT), m, 43);
            assertEquals("stem.encoder: Pointwise has no NIR counterpart snn4j can write (snn4j exports convolutions and"
                    + " linear layers with their batch norms, IF and LIF/PLIF layers with hard reset, max pools of spikes"
                    + " and average pools (layer.Pool2d), global average pools, flattening and residual blocks)", failure(points));
        }
    }
}
