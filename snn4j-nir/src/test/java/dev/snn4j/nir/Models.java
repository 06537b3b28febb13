/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.snn4j.layer.ConvBn;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.layer.ResidualBlock;
import dev.snn4j.layer.SewBlock;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.SynapticLinear;
import dev.snn4j.layer.TimeDistributed;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.NeuronType;
import dev.snn4j.neuron.SpikingNeuron;
import dev.snn4j.neuron.SurrogateSpec;
import java.util.Random;

/** Small initialised models with batch norms that are not the identity, and their scores. */
public final class Models {

    private Models() {}

    public static NeuronSpec lif() {
        return NeuronSpec.defaults();
    }

    /** IF, threshold 0.75, hard reset to 0. */
    public static NeuronSpec integrateAndFire() {
        return new NeuronSpec(NeuronType.IF, 2, 0.75, 0.0, true, false, SurrogateSpec.parse("atan:2"));
    }

    /** PLIF from tau 3, no decay_input, threshold 0.8, reset to -0.1. */
    public static NeuronSpec plif() {
        return new NeuronSpec(NeuronType.PLIF, 3, 0.8, -0.1, false, false, SurrogateSpec.parse("sigmoid:4"));
    }

    public static ModelSpec spec(ModelPreset preset, NeuronSpec neuron, int timesteps, long[] sample, InputEncoding encoding) {
        return new ModelSpec(preset, neuron, timesteps, 10, sample, encoding);
    }

    /** {@code spec}'s preset, initialised in {@code m}, then {@link #perturb}ed. */
    public static SpikingModel preset(ModelSpec spec, NDManager m, long seed) {
        Engine.getInstance().setRandomSeed((int) seed);
        SpikingModel net = ModelPreset.build(spec);
        net.initialize(m, DataType.FLOAT32, net.inputShape(1));
        perturb(net, seed);
        return net;
    }

    /**
     * A small residual model built from snn4j's blocks: stem conv 3x3 (→ 8)-BN-SN, a tdBN block
     * 8→8 (identity shortcut), one 8→16 stride 2 (projection), a SEW block 16→16 (identity), one
     * 16→16 stride 2 (downsample), global average pool, then resnet19's kind of FC: Linear(16→12,
     * no bias) with a plain DJL batch norm, and a neuron; head Linear(12→10).
     */
    public static SpikingModel residual(NeuronSpec neuron, NDManager m, long seed) {
        Engine.getInstance().setRandomSeed((int) seed);
        ModelSpec spec = new ModelSpec(ModelPreset.RESNET18, neuron, 3, 10, new long[] {3, 8, 8}, InputEncoding.DIRECT);
        Stem stem = Stem.builder().setEncoding(InputEncoding.DIRECT).optTimesteps(3).setEncoder(ConvBn.conv3x3(8, 1))
                .setNeuron(SpikingNeuron.builder().setSpec(neuron).build()).optNeuronName("sn1").build();
        SpikingSequential body = new SpikingSequential()
                .add("layer1_0", new ResidualBlock(8, 8, 1, neuron))
                .add("layer2_0", new ResidualBlock(8, 16, 2, neuron))
                .add("layer3_0", new SewBlock(16, 16, 1, neuron))
                .add("layer4_0", new SewBlock(16, 16, 2, neuron))
                .add("gap", new GlobalAveragePool())
                .add("fc1", new TimeDistributed(new SequentialBlock().add(SynapticLinear.of(12, false))
                        .add(BatchNorm.builder().build())))
                .add("sn_fc1", SpikingNeuron.builder().setSpec(neuron).build());
        SpikingModel net = new SpikingModel(spec, stem, body, SynapticLinear.of(10, true));
        net.initialize(m, DataType.FLOAT32, net.inputShape(1));
        perturb(net, seed);
        return net;
    }

    /**
     * Batch norms with random statistics and affine parameters (so that folding them is tested;
     * small variances, so that sparse spikes still drive the next layer), a head bias, and PLIF
     * weights away from their initial value.
     */
    public static void perturb(SpikingModel net, long seed) {
        Random r = new Random(seed);
        for (Pair<String, Parameter> p : net.getParameters()) {
            NDArray a = p.getValue().getArray();
            float[] v = a.toFloatArray();
            String name = p.getKey();
            for (int i = 0; i < v.length; i++) {
                if (name.endsWith("gamma")) {
                    v[i] = 0.6f + 0.8f * r.nextFloat();
                } else if (name.endsWith("beta")) {
                    v[i] = 0.3f * (r.nextFloat() - 0.3f);
                } else if (name.endsWith("runningMean")) {
                    v[i] = 0.2f * (r.nextFloat() - 0.5f);
                } else if (name.endsWith("runningVar")) {
                    v[i] = 0.02f + 0.08f * r.nextFloat();
                } else if (name.endsWith("head_bias")) {
                    v[i] = 0.1f * (r.nextFloat() - 0.5f);
                } else if (name.endsWith("_w")) {
                    v[i] += 0.4f * (r.nextFloat() - 0.5f);
                }
            }
            a.set(v);
        }
    }

    /** Random inputs for {@code net}: a batch of {@code batch} samples (frames for temporal input). */
    public static NDArray input(SpikingModel net, NDManager m, int batch, long seed) {
        Shape shape = net.inputShape(batch);
        Random r = new Random(seed);
        float[] x = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (r.nextGaussian() * 1.5);
        }
        return m.create(x, shape);
    }

    /** The model's class scores [B, classes] at inference. */
    public static float[] scores(SpikingModel net, NDManager m, NDArray x) {
        return net.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow().toFloatArray();
    }
}
