/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.BatchLoader;
import dev.snn4j.data.HostBatch;
import dev.snn4j.data.SampleDataset;
import dev.snn4j.eval.Batches;
import dev.snn4j.eval.Evaluation;
import dev.snn4j.metrics.AccuracyCounter;
import dev.snn4j.metrics.EnergyModel;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.FusedGradientCollector;
import dev.snn4j.run.EpochMetrics;
import dev.snn4j.train.optim.Optimizers;
import dev.snn4j.train.optim.ParameterOptimizer;
import dev.snn4j.trt.LossTerm;
import dev.snn4j.trt.TrainingObjective;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One epoch: every training step (forward through the objective, backward through the fused
 * layers, optimiser update), then the test-set evaluation on the plain inference path. Data order
 * and every random draw are functions of (seed, epoch), which is what makes a resumed run equal an
 * uninterrupted one.
 */
final class EpochLoop {

    private final SpikingModel net;
    private final NDManager manager;
    private final ParameterStore ps;
    private final ParameterOptimizer optimizer;
    private final TrainingObjective objective;
    private final SnnTraining.Settings settings;
    private final TrainingListener listener;
    /** Each loss term's weight, as the objective reported it (metrics.json names the terms with them). */
    private final Map<String, Double> weights = new LinkedHashMap<>();
    private int trainEvalSamples;
    private boolean trainEvalEveryEpoch;

    EpochLoop(SpikingModel net, NDManager manager, ParameterOptimizer optimizer, TrainingObjective objective,
            SnnTraining.Settings settings, TrainingListener listener) {
        this.net = net;
        this.manager = manager;
        this.ps = new ParameterStore(manager, false);
        this.optimizer = optimizer;
        this.objective = objective;
        this.settings = settings;
        this.listener = listener;
    }

    /** Measure the generalisation gap on the first {@code samples} training samples (0 = never). */
    EpochLoop withTrainEvaluation(int samples, boolean everyEpoch) {
        trainEvalSamples = samples;
        trainEvalEveryEpoch = everyEpoch;
        return this;
    }

    EpochMetrics run(int epoch, SampleDataset train, SampleDataset test) {
        int batchSize = settings.batchSize();
        int steps = BatchLoader.batchCount(train.size(), batchSize);
        // dropout and other engine draws depend on (seed, epoch) only: resumable
        Engine.getInstance().setRandomSeed(Math.floorMod(31 * settings.seed() + epoch, Integer.MAX_VALUE));
        listener.onEpochStart(epoch, settings.epochs(), steps);
        Map<String, Double> termSums = new LinkedHashMap<>();
        double lossSum = 0;
        float learningRate = 0;
        AccuracyCounter accuracy = new AccuracyCounter();
        long start = System.nanoTime();
        int step = 0;
        try (BatchLoader batches = BatchLoader.training(train, batchSize, settings.seed(), epoch)) {
            while (batches.hasNext()) {
                HostBatch batch = batches.next();
                try (NDManager scope = manager.newSubManager()) {
                    NDArray x = Batches.input(scope, batch);
                    NDArray y = Batches.labels(scope, batch);
                    TrainingObjective.Result result;
                    try (FusedGradientCollector collector = FusedGradientCollector.open()) {
                        result = objective.compute(net, ps, x, y, true);
                        collector.backward(result.loss());
                    }
                    float loss = result.loss().getFloat();
                    if (!Float.isFinite(loss)) {
                        throw notFinite(epoch, step + 1, loss, result.terms());
                    }
                    learningRate = Optimizers.learningRate(settings.optimizer().lrSchedule(), settings.optimizer().lr(),
                            optimizer.steps() + 1, steps, settings.epochs());
                    var parameters = net.getParameters();
                    parameters.addAll(objective.parameters());
                    optimizer.step(parameters, learningRate);
                    lossSum += loss;
                    for (LossTerm term : result.terms()) {
                        termSums.merge(term.name(), (double) term.value().getFloat(), Double::sum);
                        weights.put(term.name(), term.weight());
                    }
                    accuracy.add(result.logits(), y);
                }
                step++;
                double seconds = (System.nanoTime() - start) / 1e9;
                listener.onStep(step, steps, lossSum / step, accuracy.accuracy(), accuracy.total() / seconds);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int evalSteps = BatchLoader.batchCount(test.size(), batchSize);
        listener.onEvaluationStart(epoch, evalSteps);
        Evaluation.Result eval = Evaluation.run(net, ps, manager, test, batchSize, EnergyModel.DEFAULT,
                s -> listener.onEvaluationStep(s, evalSteps));
        train.drainWarnings().forEach(listener::onWarning); // files skipped at decode time, each reported once
        test.drainWarnings().forEach(listener::onWarning);
        int stepsDone = Math.max(1, step);
        Map<String, Double> terms = new LinkedHashMap<>();
        termSums.forEach((name, sum) -> terms.put(name, sum / stepsDone));
        return new EpochMetrics(epoch, lossSum / stepsDone, terms, accuracy.accuracy(), eval.accuracy(), eval.asfr(),
                eval.firingRates(), learningRate, seconds, eval.seconds(), accuracy.total() / seconds, PeakMemory.megabytes(),
                eval.energy(), generalization(epoch, train, eval));
    }

    /**
     * The generalisation gap after this epoch, if asked for: accuracy and loss of the first N
     * training samples, evaluated like the test set (evaluation mode, never augmented).
     */
    private Map<String, Object> generalization(int epoch, SampleDataset train, Evaluation.Result test) {
        int samples = Math.min(trainEvalSamples, train.size());
        if (samples == 0 || !(trainEvalEveryEpoch || epoch == settings.epochs())) {
            return null;
        }
        Evaluation.Result fit = Evaluation.run(net, ps, manager, train.limit(samples), settings.batchSize(), s -> {});
        Map<String, Object> gap = new LinkedHashMap<>();
        gap.put("samples", samples);
        gap.put("train_accuracy", fit.accuracy());
        gap.put("train_loss", fit.loss());
        gap.put("test_loss", test.loss());
        gap.put("accuracy_gap", fit.accuracy() - test.accuracy());
        gap.put("loss_gap", test.loss() - fit.loss());
        return gap;
    }

    /** The loss terms the objective reported, with their weights, in its order. */
    Map<String, Double> termWeights() {
        return weights;
    }

    /** A loss that is NaN or infinite stops the run at once: the parameters would be garbage after it. */
    private static Snn4jException notFinite(int epoch, int step, float loss, List<LossTerm> terms) {
        StringBuilder which = new StringBuilder();
        for (LossTerm term : terms) {
            float v = term.value().getFloat();
            if (!Float.isFinite(v)) {
                which.append(which.length() == 0 ? "" : ", ").append(term.name()).append(" = ").append(v);
            }
        }
        return new NonFiniteLossException(String.format(Locale.ROOT,
                "training stopped at step %d of epoch %d: the loss is %s (%s); the parameters of the last finished "
                        + "epoch are kept; a smaller `lr` usually helps", step, epoch, loss,
                which.length() == 0 ? "the weighted total" : which));
    }
}
