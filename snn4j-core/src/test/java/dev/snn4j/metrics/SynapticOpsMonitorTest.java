/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.SynapticLinear;
import dev.snn4j.layer.TimeDistributed;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tiny linear SNN: stem Linear(3→8) on real input, body Linear(8→5) on the stem's spikes, head
 * Linear(5→4) on firing rates. The counts are computed by hand from the spikes themselves.
 */
class SynapticOpsMonitorTest {

    @Test
    void spikingInputCostsOneAccumulatePerSpikePerSynapse() {
        Engine.getInstance().setRandomSeed(11);
        int steps = 3;
        int batch = 2;
        ModelSpec spec = new ModelSpec(ModelPreset.CNN3, NeuronSpec.defaults(), steps, 4, new long[] {3}, InputEncoding.DIRECT);
        NeuronSpec n = NeuronSpec.defaults();
        Stem stem = Stem.builder().setEncoding(InputEncoding.DIRECT).optTimesteps(steps)
                .setEncoder(new SequentialBlock().add(SynapticLinear.of(8, false)))
                .setNeuron(SpikingNeuron.builder().setSpec(n).build()).build();
        SpikingSequential body = new SpikingSequential()
                .add("fc", new TimeDistributed(SynapticLinear.of(5, false)))
                // a low threshold makes the body fire, so the head's firing rates are fractions
                .add("sn", SpikingNeuron.builder().setSpec(new NeuronSpec(n.type(), n.tau(), 0.01, 0.0, true, false, n.surrogate())).build());
        SpikingModel net = new SpikingModel(spec, stem, body, SynapticLinear.of(4, true));
        try (NDManager m = NDManager.newBaseManager()) {
            net.initialize(m, DataType.FLOAT32, new Shape(batch, 3));
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(batch, 3)).mul(m.create(3f));
            double spikes = net.stem(ps, x, false).sum().getFloat();
            assertTrue(spikes > 0, "the test needs some stem spikes");
            List<SynapticOpsMonitor.LayerOps> layers;
            Map<String, Object> perSample;
            try (SynapticOpsMonitor monitor = new SynapticOpsMonitor(net)) {
                net.forward(ps, new NDList(x), false);
                layers = monitor.layers();
                perSample = monitor.perSample(batch, EnergyModel.DEFAULT, 1000);
            }
            assertEquals(List.of("stem.encoder.SynapticLinear", "body.fc.inner", "head"),
                    layers.stream().map(SynapticOpsMonitor.LayerOps::name).toList());
            SynapticOpsMonitor.LayerOps stemOps = layers.get(0);
            assertFalse(stemOps.spikingInput());
            assertEquals(batch * 3 * 8, stemOps.macs(), 0, "stem: dense MACs on the image, computed once");
            SynapticOpsMonitor.LayerOps bodyOps = layers.get(1);
            assertTrue(bodyOps.spikingInput());
            assertEquals(spikes * 5, bodyOps.sops(), 1e-3, "body: each stem spike drives 5 synapses");
            assertEquals(spikes / (steps * batch * 8), bodyOps.inputSpikeRate(), 1e-6);
            assertEquals(batch * 5 * 4, layers.get(2).macs(), 0, "head: dense MACs on firing rates");
            double macs = (batch * 3 * 8 + batch * 5 * 4) / (double) batch;
            assertEquals(macs, (Double) perSample.get("macs_per_sample"), 1e-9);
            assertEquals(spikes * 5 / batch, (Double) perSample.get("sops_per_sample"), 1e-3);
            assertEquals((macs * 4.6 + spikes * 5 / batch * 0.9) * 1e-6, (Double) perSample.get("energy_uj_per_sample"), 1e-12);
            assertEquals(1000 * 4.6e-6, (Double) perSample.get("ann_energy_uj_per_sample"), 1e-12);
        }
    }
}
