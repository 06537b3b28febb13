/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.layer.ResidualBlock;
import dev.snn4j.neuron.NeuronSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter and MAC counts against hand-computed values. */
class ModelCostTest {

    // cnn3 on 28x28: stem conv 1->32 at 28x28; conv 32->64 at 14x14; conv 64->128 at 7x7; head 128->10
    private static final long STEM = 28 * 28 * 32 * (1 * 9);
    private static final long BODY = 14 * 14 * 64 * (32 * 9) + 7 * 7 * 128 * (64 * 9);
    private static final long HEAD = 128 * 10;

    private static ModelSpec cnn3(InputEncoding encoding) {
        return new ModelSpec(ModelPreset.CNN3, NeuronSpec.defaults(), 4, 10, new long[] {1, 28, 28}, encoding);
    }

    @Test
    void cnn3WithDirectEncodingCountsItsStemOncePerSample() {
        ModelCost cost = ModelCost.of(cnn3(InputEncoding.DIRECT));
        assertEquals(94_186, cost.parameters());
        assertEquals(225_792, STEM);
        assertEquals(STEM, cost.stemMacs());
        assertEquals(7_225_344, BODY);
        assertEquals(BODY, cost.bodyMacsPerStep());
        assertEquals(HEAD, cost.headMacs());
        assertEquals(STEM + BODY + HEAD, cost.macsPerTimestep());
        assertEquals(STEM + 4 * BODY + HEAD, cost.macsPerSample());
        assertEquals(List.of("stem.encoder", "body.conv2", "body.conv3", "head"),
                cost.layers().stream().map(ModelCost.LayerCost::name).toList());
        assertEquals(new Shape(64, 14, 14), cost.layers().get(1).outputShape());
        assertEquals(32 * 64 * 9, cost.layers().get(1).parameters());
        assertEquals(new Shape(32, 28, 28), cost.stages().get(0).outputShape());
        assertEquals("body.gap", cost.stages().get(cost.stages().size() - 1).name());
        assertEquals(new Shape(128), cost.stages().get(cost.stages().size() - 1).outputShape());
    }

    @Test
    void temporalInputRunsTheStemAtEveryStep() {
        ModelCost cost = ModelCost.of(cnn3(InputEncoding.TEMPORAL));
        assertEquals(STEM, cost.stemMacs());
        assertEquals(4 * (STEM + BODY) + HEAD, cost.macsPerSample());
    }

    /** The batch size a model was initialised with does not change the per-sample counts. */
    @Test
    void countsArePerSampleWhateverTheBatch() {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = ModelPreset.build(cnn3(InputEncoding.DIRECT));
            net.initialize(m, DataType.FLOAT32, net.inputShape(5));
            assertEquals(STEM + BODY + HEAD, ModelCost.of(net).macsPerTimestep());
        }
    }

    /** A projection block 64->128, stride 2, on an 8x8 map: two 3x3 convs and a 1x1 shortcut at 4x4. */
    @Test
    void residualBlockWithProjection() {
        try (NDManager m = NDManager.newBaseManager()) {
            ResidualBlock block = new ResidualBlock(64, 128, 2, NeuronSpec.defaults());
            block.initialize(m, DataType.FLOAT32, new Shape(2, 3, 64, 8, 8)); // T = 2, B = 3
            List<ModelCost.LayerCost> layers = new ArrayList<>();
            long macs = ModelCost.layers(block, "block", 2 * 3, layers);
            long conv1 = 4 * 4 * 128 * (64 * 9);
            long conv2 = 4 * 4 * 128 * (128 * 9);
            long shortcut = 4 * 4 * 128 * 64;
            assertEquals(List.of(conv1, conv2, shortcut), layers.stream().map(ModelCost.LayerCost::macs).toList());
            assertEquals(List.of("block.conv1", "block.conv2", "block.shortcut"),
                    layers.stream().map(ModelCost.LayerCost::name).toList());
            assertEquals(3_670_016, macs);
            long weights = 64 * 128 * 9 + 128 * 128 * 9 + 64 * 128;
            long batchNorm = 3 * 2 * 128; // gamma and beta of three batch norms
            assertEquals(weights + batchNorm, ModelCost.trainableParameters(block));
            assertEquals(new Shape(128, 4, 4), layers.get(2).outputShape());
        }
    }

    /** Published counts of the ImageNet ResNets (torchvision): 11,689,512 / 21,797,672 parameters. */
    @Test
    void imageNetResNetsMatchTheirPublishedSize() {
        ModelCost sew18 = ModelCost.of(new ModelSpec(ModelPreset.SEW_RESNET18, NeuronSpec.defaults(), 1, 1000,
                new long[] {3, 224, 224}, InputEncoding.DIRECT));
        assertEquals(11_689_512, sew18.parameters());
        assertEquals(1_814_073_344L, sew18.macsPerTimestep()); // the well-known 1.8 GMACs
    }
}
