/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.Loss;
import ai.djl.translate.Batchifier;
import ai.djl.util.Pair;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.model.TinyModels;
import dev.snn4j.neuron.Close;
import dev.snn4j.neuron.kernel.FusedBackward;
import dev.snn4j.neuron.FusedGradientCollector;
import dev.snn4j.trt.Losses;
import dev.snn4j.trt.ObjectiveBlock;
import dev.snn4j.trt.TrainingObjective;
import dev.snn4j.trt.TrtObjective;
import dev.snn4j.trt.TrtSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a user can ask for gradients of a spiking model gives the gradients of the autograd
 * formulation (a plain collector, where the fused kernel never runs), or one clear exception: the
 * fused kernel can never leave a parameter silently without its gradient.
 */
class GradientPathsTest {

    private static final double TOLERANCE = 2e-4;
    private static final int BATCH = 6;

    private Model model;
    private SpikingModel net;
    private NDManager data;
    private NDArray x;
    private NDArray y;

    @BeforeEach
    void setUp() {
        use(7, TinyModels.cnn(3, 3));
    }

    /** {@code tiny} ([1, 8, 8] input, 3 classes) as the model under test, seeded, with a batch of data. */
    private void use(int seed, SpikingModel tiny) {
        if (model != null) {
            model.close();
        }
        Engine.getInstance().setRandomSeed(seed);
        net = tiny;
        model = Model.newInstance("gradients");
        model.setBlock(net);
        net.initialize(model.getNDManager(), DataType.FLOAT32, net.inputShape(BATCH));
        data = model.getNDManager().newSubManager();
        x = data.randomNormal(0, 2, new Shape(BATCH, 1, 8, 8), DataType.FLOAT32);
        y = data.create(new float[] {0, 1, 2, 0, 1, 2});
    }

    @AfterEach
    void tearDown() {
        model.close();
    }

    /** The gradient of every parameter after {@code step}, which starts from zero gradients. */
    private Map<String, float[]> gradients(Consumer<ParameterStore> step) {
        for (Pair<String, Parameter> p : net.getParameters()) {
            if (p.getValue().requiresGradient()) {
                NDArray g = p.getValue().getArray().getGradient();
                g.subi(g);
            }
        }
        try (NDManager scope = data.newSubManager()) {
            step.accept(new ParameterStore(scope, false));
        }
        Map<String, float[]> out = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : net.getParameters()) {
            if (p.getValue().requiresGradient()) {
                out.put(p.getKey(), p.getValue().getArray().getGradient().toFloatArray());
            }
        }
        return out;
    }

    private NDArray ce(ParameterStore ps) {
        return Losses.crossEntropy(net.forward(ps, new NDList(x), true).singletonOrThrow(), y);
    }

    /** The gradients under a FusedGradientCollector; {@code fused[0]} gets how many layers ran fused. */
    private Map<String, float[]> fusedGradients(int[] fused) {
        return gradients(ps -> {
            try (FusedGradientCollector collector = FusedGradientCollector.open()) {
                NDArray loss = ce(ps);
                fused[0] = FusedBackward.active().recordedOutputShapes().size();
                collector.backward(loss);
            }
        });
    }

    /** The autograd formulation: a plain collector, so no spiking layer runs fused. */
    private Map<String, float[]> reference(java.util.function.Function<ParameterStore, NDArray> loss) {
        return gradients(ps -> {
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray l = loss.apply(ps);
                assertEquals(null, FusedBackward.active(), "a plain collector opens no fused scope");
                collector.backward(l);
            }
        });
    }

    private static void assertSame(Map<String, float[]> expected, Map<String, float[]> actual, String how) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, e) -> Close.assertClose(e, actual.get(name), TOLERANCE, how + ": " + name));
    }

    @Test
    void fusedCollectorGivesTheAutogradGradients() {
        Map<String, float[]> expected = reference(this::ce);
        int[] fused = {0};
        Map<String, float[]> actual = fusedGradients(fused);
        assertEquals(2, fused[0], "both spiking layers (with their batch norms and the max pool) ran fused");
        assertSame(expected, actual, "FusedGradientCollector");
        assertTrue(expected.get(expected.keySet().iterator().next()).length > 0);
    }

    /**
     * The same through residual blocks, whose second half adds the shortcut inside the kernel (its
     * gradient goes on through autograd, to the block's input and the projection), after a stem
     * fused with an overlapping 3×3/2 max pool.
     */
    @Test
    void fusedCollectorGivesTheAutogradGradientsThroughResidualBlocks() {
        use(8, TinyModels.resnet(3, 3));
        assertEquals(java.util.List.of("stem.encoder + sn1 + body.maxpool", "body.block1.conv1 + sn1",
                "body.block1.conv2 + shortcut + sn2", "body.block2.conv1 + sn1", "body.block2.conv2 + shortcut + sn2"),
                net.fusionPlan());
        Map<String, float[]> expected = reference(this::ce);
        int[] fused = {0};
        Map<String, float[]> actual = fusedGradients(fused);
        assertEquals(5, fused[0], "every unit of the plan ran fused");
        assertSame(expected, actual, "FusedGradientCollector through residual blocks");
    }

    /** Two losses of one forward pass, backward one after the other: each adds its own gradient. */
    @Test
    void twoBackwardCallsAddUp() {
        Map<String, float[]> expected = reference(ps -> {
            NDArray logits = net.forward(ps, new NDList(x), true).singletonOrThrow();
            return Losses.crossEntropy(logits, y).add(Losses.crossEntropy(logits.mul(logits), y));
        });
        Map<String, float[]> actual = gradients(ps -> {
            try (FusedGradientCollector collector = FusedGradientCollector.open()) {
                NDArray logits = net.forward(ps, new NDList(x), true).singletonOrThrow();
                NDArray first = Losses.crossEntropy(logits, y);
                NDArray second = Losses.crossEntropy(logits.mul(logits), y);
                collector.backward(first);
                collector.backward(second);
            }
        });
        assertSame(expected, actual, "two backward calls");
    }

    /** DJL's own Trainer and EasyTrain, unchanged: the autograd formulation, hence right (and slower). */
    @Test
    void easyTrainWithDjlsTrainerIsRight() {
        Map<String, float[]> expected = reference(this::ce);
        Map<String, float[]> actual = gradients(ps -> {
            try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss()))) {
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    assertTrue(!(collector instanceof FusedGradientCollector), "DJL's own collector");
                }
                EasyTrain.trainBatch(trainer, batch());
            }
        });
        assertSame(expected, actual, "EasyTrain with DJL's Trainer");
    }

    /** The same through SpikingTrainer: the fused kernel, the same gradients. */
    @Test
    void easyTrainWithSpikingTrainerIsFusedAndRight() {
        Map<String, float[]> expected = reference(this::ce);
        Map<String, float[]> actual = gradients(ps -> {
            try (Trainer trainer = new SpikingTrainer(model, new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss()))) {
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    assertInstanceOf(FusedGradientCollector.class, collector);
                }
                EasyTrain.trainBatch(trainer, batch());
            }
        });
        assertSame(expected, actual, "EasyTrain with SpikingTrainer");
    }

    /** TRT through DJL's Trainer: ObjectiveBlock's loss has the gradients of the objective itself. */
    @Test
    void trtThroughDjlsTrainerMatchesTheObjective() {
        TrainingObjective trt = new TrtObjective(TrtSettings.DEFAULTS, net);
        Map<String, float[]> expected = reference(ps -> trt.compute(net, ps, x, y, true).loss());
        ObjectiveBlock block = new ObjectiveBlock(net, trt);
        model.setBlock(block);
        Map<String, float[]> actual = gradients(ps -> {
            try (Trainer trainer = new SpikingTrainer(model, new DefaultTrainingConfig(block.loss()))) {
                EasyTrain.trainBatch(trainer, batch());
            }
        });
        assertSame(expected, actual, "TRT through ObjectiveBlock and SpikingTrainer");
    }

    /**
     * The one way to get it wrong by hand: a fused scope opened directly and a plain collector's
     * backward. Closing the scope refuses it, naming the fix, before any optimiser step.
     */
    @Test
    void plainBackwardInsideAFusedScopeIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> gradients(ps -> {
            try (GradientCollector collector = Engine.getInstance().newGradientCollector();
                    FusedBackward scope = FusedBackward.open()) {
                collector.backward(ce(ps)); // wrong: the gradient stops at the fused layers
            }
        }));
        assertTrue(e.getMessage().contains("FusedGradientCollector"), e.getMessage());
        assertEquals(null, FusedBackward.active(), "the scope is closed all the same");
    }

    /** DJL allows one collector at a time, and says so. */
    @Test
    void aSecondCollectorIsRefused() {
        try (FusedGradientCollector outer = FusedGradientCollector.open()) {
            assertThrows(IllegalStateException.class, () -> Engine.getInstance().newGradientCollector());
            assertThrows(IllegalStateException.class, FusedGradientCollector::open);
        }
        try (FusedGradientCollector again = FusedGradientCollector.open()) {
            assertTrue(FusedBackward.active() != null, "closing released both");
        }
    }

    private Batch batch() {
        return new Batch(data, new NDList(x), new NDList(y), BATCH, Batchifier.STACK, Batchifier.STACK, 0, 1);
    }
}
