/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.NeuronType;
import dev.snn4j.trt.ReversalPoint;
import dev.snn4j.trt.TrtObjective;
import dev.snn4j.trt.TrtSettings;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * How the presets are put together: where TRT may reverse, which neuron every spiking layer gets,
 * their command-line names, the inputs they accept and the one-line refusals of the others.
 */
class PresetStructureTest {

    private static final int T = 2;
    private static final int CLASSES = 4;

    private static ModelSpec spec(ModelPreset preset) {
        return ModelZooTest.spec(preset);
    }

    private static ModelZooTest.Tiny tiny(ModelPreset preset) {
        return ModelZooTest.tiny(preset);
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
            TrtSettings feature = d.toBuilder().reverse(ReversalPoint.FEATURE).reverseAt(1).build();
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
        ModelZooTest.Tiny t = tiny(preset);
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
