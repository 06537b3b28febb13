/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.NeuronType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Which stages of every preset run as one pass of the fused kernel, at the preset's own input
 * shape: conv-BN and the spiking layer after it, with the max pool after that (2×2 on even or odd
 * maps, the ImageNet stem's 3×3 with stride 2); the residual blocks' first halves (SEW's second
 * halves and downsampling too; a spiking ResNet's second half with the shortcut added in the kernel).
 */
class FusionPlanTest {

    private static List<String> plan(ModelPreset preset, NeuronSpec neuron) {
        ModelSpec spec = new ModelSpec(preset, neuron, 2, preset.classes(), preset.sampleShape(), preset.encoding());
        try (NDManager manager = NDManager.newBaseManager()) {
            SpikingModel net = ModelPreset.build(spec);
            net.initialize(manager, DataType.FLOAT32, net.inputShape(1));
            return net.fusionPlan();
        }
    }

    private static List<String> blocks(String kind, int[] counts, boolean sew) {
        List<String> out = new ArrayList<>();
        for (int layer = 0; layer < counts.length; layer++) {
            for (int i = 0; i < counts[layer]; i++) {
                String block = "body.layer" + (layer + 1) + "_" + i + ".";
                out.add(block + "conv1 + sn1");
                if (!sew) {
                    out.add(block + "conv2 + shortcut + sn2");
                }
                if (sew) {
                    out.add(block + "conv2 + sn2");
                    if (layer > 0 && i == 0) {
                        out.add(block + "downsample + downsample_sn");
                    }
                }
            }
        }
        return out;
    }

    private static List<String> with(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    @Test
    void everyPresetsFusedStages() {
        Map<ModelPreset, List<String>> expected = new TreeMap<>();
        expected.put(ModelPreset.CNN3, List.of("stem.encoder + sn1 + body.pool1", "body.conv2 + sn2 + pool2", "body.conv3 + sn3"));
        expected.put(ModelPreset.VGG11, List.of("stem.encoder + sn1 + body.pool1", "body.conv2 + sn2 + pool2",
                "body.conv3 + sn3", "body.conv4 + sn4 + pool3", "body.conv5 + sn5", "body.conv6 + sn6 + pool4",
                "body.conv7 + sn7", "body.conv8 + sn8 + pool5"));
        expected.put(ModelPreset.RESNET18, with("stem.encoder + sn1", blocks("spiking", new int[] {2, 2, 2, 2}, false)));
        expected.put(ModelPreset.RESNET19, with("stem.encoder + sn1", blocks("spiking", new int[] {3, 3, 2}, false)));
        expected.put(ModelPreset.RESNET34, with("stem.encoder + sn1 + body.maxpool", blocks("spiking", new int[] {3, 4, 6, 3}, false)));
        expected.put(ModelPreset.SEW_RESNET18, with("stem.encoder + sn1 + body.maxpool", blocks("sew", new int[] {2, 2, 2, 2}, true)));
        expected.put(ModelPreset.SEW_RESNET34, with("stem.encoder + sn1 + body.maxpool", blocks("sew", new int[] {3, 4, 6, 3}, true)));
        expected.put(ModelPreset.POINTNET, List.of());
        expected.put(ModelPreset.DVS_CNN, List.of("stem.encoder + sn1 + body.pool1", "body.conv2 + sn2 + pool2",
                "body.conv3 + sn3 + pool3", "body.conv4 + sn4"));
        expected.put(ModelPreset.VGGSNN, List.of("stem.encoder + sn1", "body.conv2 + sn2", "body.conv3 + sn3",
                "body.conv4 + sn4", "body.conv5 + sn5", "body.conv6 + sn6", "body.conv7 + sn7", "body.conv8 + sn8"));
        for (ModelPreset preset : ModelPreset.values()) {
            assertEquals(expected.get(preset), plan(preset, NeuronSpec.defaults()), preset.cliName());
        }
    }

    /** PLIF has no fused kernel (its tau learns): nothing fuses, by construction. */
    @Test
    void plifFusesNothing() {
        NeuronSpec plif = NeuronSpec.defaults().withType(NeuronType.PLIF);
        for (ModelPreset preset : List.of(ModelPreset.CNN3, ModelPreset.SEW_RESNET18, ModelPreset.DVS_CNN)) {
            assertEquals(List.of(), plan(preset, plif), preset.cliName());
        }
    }
}
