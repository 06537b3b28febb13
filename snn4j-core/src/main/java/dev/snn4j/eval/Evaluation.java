/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import dev.snn4j.data.SampleDataset;
import dev.snn4j.metrics.AccuracyCounter;
import dev.snn4j.metrics.EnergyModel;
import dev.snn4j.metrics.FiringRateMonitor;
import dev.snn4j.metrics.SynapticOpsMonitor;
import dev.snn4j.model.SpikingModel;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Test-set evaluation through the plain inference path (stem → body → head), with the firing rate
 * of every spiking layer. No training objective is involved, so baseline and TRT models are
 * measured by exactly the same code.
 */
public final class Evaluation {

    /** Accuracy, per-layer firing rates and their mean (ASFR) on a dataset. */
    /**
     * @param energy per-sample MACs, synaptic operations and energy, per layer and in total, with the
     *     equivalent ReLU network's MACs for reference (see {@link SynapticOpsMonitor})
     * @param loss mean cross-entropy of the outputs over the samples
     */
    public record Result(double accuracy, long correct, long samples, Map<String, Double> firingRates, double asfr,
            double seconds, Map<String, Object> energy, double loss) {}

    private Evaluation() {}

    /**
     * @param onStep called with the 1-based batch number after each batch (progress bars)
     */
    public static Result run(
            SpikingModel model,
            ParameterStore ps,
            NDManager manager,
            SampleDataset data,
            int batchSize,
            IntConsumer onStep) {
        return run(model, ps, manager, data, batchSize, EnergyModel.DEFAULT, onStep);
    }

    /** As above, with the energy per operation to report. */
    public static Result run(
            SpikingModel model,
            ParameterStore ps,
            NDManager manager,
            SampleDataset data,
            int batchSize,
            EnergyModel energyModel,
            IntConsumer onStep) {
        long start = System.nanoTime();
        AccuracyCounter accuracy = new AccuracyCounter();
        try (FiringRateMonitor rates = new FiringRateMonitor(model);
                SynapticOpsMonitor ops = new SynapticOpsMonitor(model)) {
            double[] lossSum = {0};
            BatchLoop.run(manager, data, batchSize, onStep, (x, y, batch) -> {
                NDArray logits = model.forward(ps, new NDList(x), false).singletonOrThrow();
                accuracy.add(logits, y);
                lossSum[0] += dev.snn4j.trt.Losses.crossEntropy(logits, y).getFloat() * y.getShape().get(0);
            });
            return new Result(
                    accuracy.accuracy(),
                    accuracy.correct(),
                    accuracy.total(),
                    rates.rates(),
                    rates.asfr(),
                    (System.nanoTime() - start) / 1e9,
                    ops.perSample(Math.max(1, accuracy.total()), energyModel, model.cost().macsPerTimestep()),
                    lossSum[0] / Math.max(1, accuracy.total()));
        }
    }
}
