/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.FusedGradientCollector;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.train.optim.ParameterOptimizer;
import dev.snn4j.train.optim.Sgd;
import dev.snn4j.trt.BaselineObjective;
import dev.snn4j.trt.TrainingObjective;
import dev.snn4j.trt.TrtObjective;
import dev.snn4j.trt.TrtSettings;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Times training steps (forward, backward, SGD update as in training) and inference on random input
 * of a preset's intended shape and encoding (static samples, or T event frames per sample), for the
 * baseline and for TRT, on the current device. Medians over timed steps after
 * warm-up; no data loading is included.
 */
public final class StepBenchmark {

    /** Median milliseconds; {@code trtOverhead} = TRT / baseline. */
    public record Result(
            String model,
            int timesteps,
            int batchSize,
            int trtReverseAt,
            int steps,
            double baselineMsPerStep,
            double trtMsPerStep,
            double trtOverhead,
            double inferenceMsPerBatch) {}

    private StepBenchmark() {}

    /**
     * Times the steps. A step that cannot fit in memory ({@link dev.snn4j.model.MemoryEstimate}) is
     * refused before any model is built.
     *
     * @param progress called with 0 once the memory check passed, then with the number of steps done
     */
    public static Result run(
            ModelPreset preset, NeuronSpec neuron, int timesteps, int batchSize, TrtSettings trt,
            int warmup, int steps, IntConsumer progress) {
        ModelSpec spec = new ModelSpec(preset, neuron, timesteps, preset.classes(), preset.sampleShape(), preset.encoding());
        dev.snn4j.model.MemoryEstimate.check(dev.snn4j.model.ModelCost.of(spec), timesteps, batchSize, true);
        progress.accept(0);
        int[] done = {0};
        IntConsumer tick = i -> progress.accept(++done[0]);
        double[] baseline = time(spec, batchSize, null, warmup, steps, tick);
        double[] withTrt = time(spec, batchSize, trt, warmup, steps, tick);
        double b = median(Arrays.copyOf(baseline, steps));
        double t = median(Arrays.copyOf(withTrt, steps));
        double inference = median(Arrays.copyOfRange(baseline, steps, baseline.length));
        return new Result(preset.cliName(), timesteps, batchSize, trt.reverseAt(), steps, b, t, t / b, inference);
    }

    /** Step times (ms) followed by inference times (ms); the model is fresh and seeded. */
    private static double[] time(ModelSpec spec, int batch, TrtSettings trt, int warmup, int steps, IntConsumer tick) {
        Engine.getInstance().setRandomSeed(0);
        try (Model model = Model.newInstance("bench")) {
            SpikingModel net = ModelPreset.build(spec);
            model.setBlock(net);
            Shape inputShape = net.inputShape(batch);
            net.initialize(model.getNDManager(), DataType.FLOAT32, inputShape);
            ParameterOptimizer sgd = new Sgd(0.9f, 5e-4f);
            TrainingObjective objective = trt == null ? new BaselineObjective() : new TrtObjective(trt, net);
            ParameterStore ps = new ParameterStore(model.getNDManager(), false);
            double[] ms = new double[2 * steps];
            for (int i = 0; i < warmup + steps; i++) {
                try (NDManager scope = model.getNDManager().newSubManager()) {
                    NDArray x = scope.randomNormal(inputShape);
                    NDArray y = scope.randomInteger(0, spec.numClasses(), new Shape(batch), DataType.INT32);
                    long start = System.nanoTime();
                    try (FusedGradientCollector collector = FusedGradientCollector.open()) {
                        collector.backward(objective.compute(net, ps, x, y, true).loss());
                    }
                    var parameters = net.getParameters();
                    parameters.addAll(objective.parameters()); // an auxiliary star head is stepped too, as in training
                    sgd.step(parameters, 0.01f);
                    long trained = System.nanoTime();
                    net.forward(ps, new NDList(x), false).singletonOrThrow().toFloatArray(); // wait for the result
                    long inferred = System.nanoTime();
                    if (i >= warmup) {
                        ms[i - warmup] = (trained - start) / 1e6;
                        ms[steps + i - warmup] = (inferred - trained) / 1e6;
                    }
                }
                tick.accept(i);
            }
            return ms;
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
