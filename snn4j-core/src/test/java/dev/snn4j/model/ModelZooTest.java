/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.neuron.kernel.FusedBackward;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.trt.TrtObjective;
import dev.snn4j.trt.TrtSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every preset on a tiny input (T = 2, batch 4): it trains with TRT (the loss is finite and falls on
 * a fixed batch), every spiking layer emits exactly 0 or 1, the shapes are as designed, TRT's first
 * reversal point works, and saved parameters reload to identical logits.
 */
class ModelZooTest {

    private static final int T = 2;
    private static final int BATCH = 4;
    private static final int CLASSES = 4;
    private static final int STEPS = 10;
    private static final float LEARNING_RATE = 0.01f; // SGD

    /** A tiny input for each preset and the width D of its pooled features there. */
    record Tiny(long[] sample, InputEncoding encoding, long features) {}

    static Tiny tiny(ModelPreset preset) {
        switch (preset) {
            case CNN3:
                return new Tiny(new long[] {1, 16, 16}, InputEncoding.DIRECT, 128);
            case VGG11:
                return new Tiny(new long[] {3, 16, 16}, InputEncoding.DIRECT, 512);
            case RESNET18:
            case RESNET19:
                return new Tiny(new long[] {3, 8, 8}, InputEncoding.DIRECT, preset == ModelPreset.RESNET18 ? 512 : 256);
            case RESNET34:
            case SEW_RESNET18:
            case SEW_RESNET34:
                return new Tiny(new long[] {3, 16, 16}, InputEncoding.DIRECT, 512);
            case POINTNET:
                return new Tiny(new long[] {64, 3}, InputEncoding.DIRECT, 256);
            case DVS_CNN:
                return new Tiny(new long[] {2, 16, 16}, InputEncoding.TEMPORAL, 128);
            case VGGSNN:
                return new Tiny(new long[] {2, 16, 16}, InputEncoding.TEMPORAL, 512); // 512 x 1 x 1 flattened
            default:
                throw new AssertionError("add a tiny input for " + preset);
        }
    }

    static ModelSpec spec(ModelPreset preset) {
        Tiny t = tiny(preset);
        return new ModelSpec(preset, NeuronSpec.defaults(), T, CLASSES, t.sample(), t.encoding());
    }

    @ParameterizedTest
    @EnumSource(ModelPreset.class)
    void trainsWithTrtSpikesAreBinaryAndParametersRoundTrip(ModelPreset preset, @TempDir Path dir)
            throws IOException, MalformedModelException {
        Engine.getInstance().setRandomSeed(7);
        ModelSpec spec = spec(preset);
        float[] logits;
        float[] input;
        try (Model model = Model.newInstance("zoo")) {
            SpikingModel net = buildInto(model, spec);
            ParameterStore ps = new ParameterStore(model.getNDManager(), false);
            NDArray x = tinyBatch(model, net);
            NDArray y = model.getNDManager().create(new int[] {0, 1, 2, 3});
            input = x.toFloatArray();

            checkShapes(net, ps, x, tiny(preset).features());
            List<Float> losses = train(net, ps, x, y, LEARNING_RATE);
            assertTrue(losses.stream().allMatch(Float::isFinite), preset + ": losses " + losses);
            // single steps are noisy (a small update flips spikes), so compare the ends
            assertTrue(mean(losses.subList(STEPS - 3, STEPS)) < mean(losses.subList(0, 3)),
                    preset + ": loss did not fall: " + losses);

            List<NDArray> fired = new ArrayList<>();
            net.spikingLayers().forEach(l -> l.neuron().setRecorder(fired::add));
            logits = net.forward(ps, new NDList(x), false).singletonOrThrow().toFloatArray();
            assertEquals(net.spikingLayers().size(), fired.size());
            fired.forEach(s -> assertBinary(preset, s));
            net.spikingLayers().forEach(l -> l.neuron().setRecorder(null));
            model.save(dir, "zoo");
        }
        try (Model reloaded = Model.newInstance("zoo")) {
            SpikingModel net = ModelPreset.build(spec);
            reloaded.setBlock(net);
            net.initialize(reloaded.getNDManager(), DataType.FLOAT32, net.inputShape(1));
            reloaded.load(dir, "zoo");
            NDManager m = reloaded.getNDManager();
            NDArray x = m.create(input, net.inputShape(BATCH));
            float[] again = net.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow().toFloatArray();
            assertArrayEquals(logits, again, 0f, preset + ": logits after reload");
        }
    }

    /**
     * One TRT step's parameter gradients are the same whether the spiking layers run fused (the
     * training path) or as autograd operations: residual and SEW connections, point pooling and
     * both reversal modes included.
     */
    @ParameterizedTest
    @EnumSource(ModelPreset.class)
    void fusedLayersGiveTheAutogradGradients(ModelPreset preset) {
        ModelSpec spec = spec(preset);
        try (Model model = Model.newInstance("zoo")) {
            Engine.getInstance().setRandomSeed(11);
            SpikingModel net = buildInto(model, spec);
            ParameterStore ps = new ParameterStore(model.getNDManager(), false);
            NDArray x = tinyBatch(model, net);
            NDArray y = model.getNDManager().create(new int[] {0, 1, 2, 3});
            TrtObjective trt = new TrtObjective(TrtSettings.defaults(), net);
            List<float[]> expected = gradients(net, ps, x, y, trt, false);
            List<float[]> actual = gradients(net, ps, x, y, trt, true);
            for (int i = 0; i < expected.size(); i++) {
                float[] e = expected.get(i);
                float scale = 1e-4f; // some parameters (a bias before batch norm) have a gradient of 0 up to rounding
                for (float v : e) {
                    scale = Math.max(scale, Math.abs(v));
                }
                for (int j = 0; j < e.length; j++) {
                    assertEquals(e[j], actual.get(i)[j], 1e-4f * scale, preset + " parameter " + i + " [" + j + "]");
                }
            }
        }
    }

    /** The preset built, set as {@code model}'s block and initialised for a batch of {@link #BATCH}. */
    private static SpikingModel buildInto(Model model, ModelSpec spec) {
        SpikingModel net = ModelPreset.build(spec);
        model.setBlock(net);
        net.initialize(model.getNDManager(), DataType.FLOAT32, net.inputShape(BATCH));
        return net;
    }

    /** A random batch of {@link #BATCH} inputs of the model's shape, scaled so that layers fire. */
    private static NDArray tinyBatch(Model model, SpikingModel net) {
        return model.getNDManager().randomNormal(net.inputShape(BATCH)).mul(2f);
    }

    private static List<float[]> gradients(SpikingModel net, ParameterStore ps, NDArray x, NDArray y, TrtObjective trt,
            boolean fused) {
        List<float[]> grads = new ArrayList<>();
        try (NDManager scope = x.getManager().newSubManager()) {
            Engine.getInstance().setRandomSeed(3); // the same dropout masks, where a model has dropout
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                if (fused) {
                    try (FusedBackward backward = FusedBackward.open()) {
                        backward.backward(trt.compute(net, ps, x, y, true).loss());
                    }
                } else {
                    collector.backward(trt.compute(net, ps, x, y, true).loss());
                }
            }
            for (Pair<String, Parameter> p : net.getParameters()) {
                NDArray w = p.getValue().getArray();
                if (p.getValue().requiresGradient() && w.hasGradient()) {
                    NDArray g = w.getGradient();
                    grads.add(g.toFloatArray());
                    g.subi(g); // PyTorch accumulates: start the next pass from zero
                }
            }
        }
        return grads;
    }

    private static void checkShapes(SpikingModel net, ParameterStore ps, NDArray x, long features) {
        NDArray spikes = net.stem(ps, x, false);
        assertEquals(T, spikes.getShape().get(0));
        assertEquals(BATCH, spikes.getShape().get(1));
        assertEquals(net.getOutputShapes(new Shape[] {x.getShape()})[0], new Shape(BATCH, CLASSES));
        NDArray pooled = net.body(ps, spikes, 0, net.bodyStages(), false);
        assertEquals(new Shape(T, BATCH, features), pooled.getShape());
        assertEquals(new Shape(BATCH, CLASSES), net.forward(ps, new NDList(x), false).singletonOrThrow().getShape());
    }

    private static double mean(List<Float> values) {
        return values.stream().mapToDouble(Float::doubleValue).average().orElseThrow();
    }

    /** SGD with momentum 0.9 on one fixed batch with TRT's default settings; the loss of every step. */
    private static List<Float> train(SpikingModel net, ParameterStore ps, NDArray x, NDArray y, float lr) {
        TrtObjective trt = new TrtObjective(TrtSettings.defaults(), net);
        Optimizer sgd = Optimizer.sgd().setLearningRateTracker(Tracker.fixed(lr)).optMomentum(0.9f).build();
        List<Float> losses = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            try (NDManager scope = x.getManager().newSubManager()) {
                NDArray xs = x.duplicate();
                xs.attach(scope);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector();
                        FusedBackward backward = FusedBackward.open()) {
                    NDArray loss = trt.compute(net, ps, xs, y, true).loss();
                    losses.add(loss.getFloat());
                    backward.backward(loss);
                }
                for (Pair<String, Parameter> p : net.getParameters()) {
                    NDArray w = p.getValue().getArray();
                    if (p.getValue().requiresGradient() && w.hasGradient()) {
                        try (NDArray g = w.getGradient()) {
                            sgd.update(p.getValue().getId(), w, g);
                        }
                    }
                }
            }
        }
        return losses;
    }

    private static void assertBinary(ModelPreset preset, NDArray s) {
        NDArray binary = s.eq(0f).logicalOr(s.eq(1f));
        assertEquals(s.size(), binary.sum().getLong(), preset + ": a spiking layer emitted values other than 0 and 1");
    }
}
