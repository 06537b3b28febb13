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
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.neuron.kernel.FusedBackward;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.NeuronType;
import dev.snn4j.trt.ReversalPoint;
import dev.snn4j.trt.TrtObjective;
import dev.snn4j.trt.TrtSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

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

    /** Feature reversal after the first spiking layer (the stem's) works for every preset, temporal ones too. */
    @ParameterizedTest
    @EnumSource(ModelPreset.class)
    void featureReversalAfterTheFirstSpikingLayer(ModelPreset preset) {
        Engine.getInstance().setRandomSeed(8);
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = ModelPreset.build(spec(preset));
            net.initialize(m, DataType.FLOAT32, net.inputShape(2));
            assertEquals(0, net.bodyStagesBeforeReversal(1));
            TrtSettings d = TrtSettings.defaults();
            TrtSettings feature = new TrtSettings(ReversalPoint.FEATURE, 1, d.alpha(), d.beta(), d.temperature(),
                    d.reversedCe(), d.consistency());
            TrtObjective trt = new TrtObjective(feature, net);
            assertEquals(ReversalPoint.FEATURE, trt.mode());
            NDArray x = m.randomNormal(net.inputShape(2));
            float loss = trt.compute(net, new ParameterStore(m, false), x, m.create(new int[] {0, 1}), false).loss().getFloat();
            assertTrue(Float.isFinite(loss), preset + ": " + loss);
        }
    }

    /**
     * Spiking PointNet pools the 1024-wide batch-norm output over the points, as its authors' code
     * does, not spikes (an OR over points): the pooled [T, B, 1024] features are real-valued and equal
     * the maximum over points of the stage before.
     */
    @Test
    void pointNetMaxPoolsBatchNormOutputsOverPoints() {
        Engine.getInstance().setRandomSeed(9);
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = ModelPreset.build(spec(ModelPreset.POINTNET));
            net.initialize(m, DataType.FLOAT32, net.inputShape(2));
            ParameterStore ps = new ParameterStore(m, false);
            // training mode: batch norm uses batch statistics, so freshly initialised layers fire
            NDArray spikes = net.stem(ps, m.randomNormal(net.inputShape(2)), true);
            NDArray perPoint = net.body(ps, spikes, 0, 3, true); // fc2, sn2, fc3: [T, B, N, 1024]
            NDArray pooled = net.body(ps, spikes, 0, 4, true); // then the pooling: [T, B, 1024]
            assertEquals(new Shape(T, 2, 64, 1024), perPoint.getShape());
            assertEquals(new Shape(T, 2, 1024), pooled.getShape());
            assertArrayEquals(perPoint.max(new int[] {2}).toFloatArray(), pooled.toFloatArray(), 0f);
            long binary = pooled.eq(0f).logicalOr(pooled.eq(1f)).sum().getLong();
            assertTrue(binary < pooled.size() / 2, "pooled features look like spikes: " + binary + " of " + pooled.size());
        }
    }

    /** A residual block is one stage: TRT may reverse before or after it, never between its neurons. */
    @Test
    void reversalPointsOfResNetsAreBlockBoundaries() {
        SpikingModel resnet = ModelPreset.build(spec(ModelPreset.RESNET19));
        assertEquals(0, resnet.bodyStagesBeforeReversal(1)); // the stem
        assertEquals(1, resnet.bodyStagesBeforeReversal(3)); // after layer1_0 (2 neurons)
        Snn4jException inside = assertThrows(Snn4jException.class, () -> resnet.bodyStagesBeforeReversal(2));
        assertTrue(inside.getMessage().startsWith("trt_reverse_at: expected one of 1, 3, 5, 7,"), inside.getMessage());
        // SEW: a downsampling block holds three neurons
        SpikingModel sew = ModelPreset.build(spec(ModelPreset.SEW_RESNET18));
        assertEquals(List.of(3, 5, 8, 10, 13, 15, 18, 20),
                sew.bodyBlock().splittableSpikingCounts().stream().map(n -> n + 1).toList());
        assertEquals(List.of("stem.sn1", "body.layer1_0.sn1", "body.layer1_0.sn2"),
                sew.spikingLayers().stream().map(SpikingModel.NamedNeuron::name).toList().subList(0, 3));
        assertTrue(sew.spikingLayers().stream().anyMatch(n -> n.name().equals("body.layer2_0.downsample_sn")));
    }

    /** The spec's neuron (type and parameters) is in every spiking layer of every preset. */
    @ParameterizedTest
    @EnumSource(ModelPreset.class)
    void everySpikingLayerGetsTheSpecsNeuron(ModelPreset preset) {
        NeuronSpec plif = new NeuronSpec(NeuronType.PLIF, 3.0, 0.5, null, false, true, NeuronSpec.defaults().surrogate());
        Tiny t = tiny(preset);
        SpikingModel net = ModelPreset.build(new ModelSpec(preset, plif, T, CLASSES, t.sample(), t.encoding()));
        assertTrue(net.spikingLayers().size() >= 3);
        net.spikingLayers().forEach(l -> assertEquals(plif, l.neuron().spec(), l.name()));
    }

    @Test
    void everyPresetHasItsCommandLineName() {
        List<String> names = Arrays.stream(ModelPreset.values()).map(ModelPreset::cliName).toList();
        assertEquals(List.of("cnn3", "vgg11", "resnet18", "resnet19", "resnet34", "sew-resnet18", "sew-resnet34",
                "pointnet", "dvs-cnn", "vggsnn"), names);
        for (ModelPreset p : ModelPreset.values()) {
            assertEquals(p, ModelPreset.parse(p.cliName()));
            assertEquals(p, ModelPreset.parse(p.cliName().toUpperCase(java.util.Locale.ROOT)));
        }
        Snn4jException e = assertThrows(Snn4jException.class, () -> ModelPreset.parse("resnet50"));
        assertTrue(e.getMessage().startsWith("model: expected one of cnn3, vgg11, resnet18,"), e.getMessage());
    }

    /** Each preset's intended input builds (shapes only, nothing is run). */
    @ParameterizedTest
    @EnumSource(ModelPreset.class)
    void intendedInputBuilds(ModelPreset preset) {
        ModelSpec spec = new ModelSpec(preset, NeuronSpec.defaults(), 4, preset.classes(), preset.sampleShape(), preset.encoding());
        SpikingModel net = ModelPreset.build(spec);
        Shape in = net.inputShape(1);
        assertEquals(new Shape(1, preset.classes()), net.getOutputShapes(new Shape[] {in})[0]);
    }

    @Test
    void unsuitableInputIsRefusedInOneLine() {
        assertEquals("model resnet19: expected input [3, H, W] with H, W >= 8, found [1, 28, 28]",
                refusal(ModelPreset.RESNET19, new long[] {1, 28, 28}));
        assertEquals("model vgg11: expected input [3, H, W] with H, W >= 16, found [3, 15, 32]",
                refusal(ModelPreset.VGG11, new long[] {3, 15, 32}));
        assertEquals("model vggsnn: expected input [2, H, W] with H, W >= 16, found [3, 48, 48]",
                refusal(ModelPreset.VGGSNN, new long[] {3, 48, 48}));
        assertEquals("model sew-resnet34: expected input [3, H, W] with H, W >= 16, found [3, 8, 8]",
                refusal(ModelPreset.SEW_RESNET34, new long[] {3, 8, 8}));
        assertEquals("model pointnet: expected input [N, 3] (N points of x, y, z) with N >= 1, found [3, 32, 32]",
                refusal(ModelPreset.POINTNET, new long[] {3, 32, 32}));
        assertEquals("model cnn3: expected input [C, H, W] with H, W >= 4, found [1024, 3]",
                refusal(ModelPreset.CNN3, new long[] {1024, 3}));
    }

    private static String refusal(ModelPreset preset, long[] sample) {
        ModelSpec spec = new ModelSpec(preset, NeuronSpec.defaults(), 2, 10, sample, InputEncoding.DIRECT);
        return assertThrows(Snn4jException.class, () -> ModelPreset.build(spec)).getMessage();
    }
}
