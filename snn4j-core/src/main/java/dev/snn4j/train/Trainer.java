/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import dev.snn4j.config.DeviceChoice;
import dev.snn4j.config.PreparedData;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.eval.Batches;
import dev.snn4j.eval.Evaluation;
import dev.snn4j.run.Checkpoint;
import dev.snn4j.run.EpochMetrics;
import dev.snn4j.run.RunFolder;
import dev.snn4j.run.RunNames;
import dev.snn4j.run.RunRecord;
import dev.snn4j.run.TrainResult;
import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.BatchLoader;
import dev.snn4j.data.HostBatch;
import dev.snn4j.metrics.AccuracyCounter;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.FusedBackward;
import dev.snn4j.train.optim.Optimizers;
import dev.snn4j.train.optim.ParameterOptimizer;
import dev.snn4j.trt.TrainingObjective;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains one model as a {@link TrainConfig} says and records everything in a run folder. After
 * every epoch: the test-set accuracy and firing rates (plain inference path), metrics.json, the
 * model parameters and a checkpoint, so that {@link #resume} continues a killed run.
 */
public final class Trainer {

    private final TrainConfig config;
    private final Map<String, String> env;
    private final TrainingListener listener;
    private final Path resumeFrom;

    /**
     * @param env environment variables (for {@code SNN4J_DATA}); pass {@code System.getenv()}
     */
    public Trainer(TrainConfig config, Map<String, String> env, TrainingListener listener) {
        this(config, env, listener, null);
    }

    private Trainer(TrainConfig config, Map<String, String> env, TrainingListener listener, Path resumeFrom) {
        this.config = config;
        this.env = env;
        this.listener = listener;
        this.resumeFrom = resumeFrom;
    }

    /** A trainer that continues the unfinished run in {@code dir} after its last checkpoint. */
    public static Trainer resume(Path dir, Map<String, String> env, TrainingListener listener) {
        RunFolder run = RunFolder.open(dir);
        if (run.isFinished()) {
            throw new Snn4jException("--resume " + dir + ": expected an unfinished run, found a finished one");
        }
        TrainConfig config = TrainConfig.fromSavedJson(run.readConfig().get(RunRecord.CONFIG_KEY), run.config().toString());
        return new Trainer(config.with("out", dir.toString()), env, listener, dir);
    }

    public TrainResult run() {
        try {
            return train();
        } catch (java.io.IOException e) {
            throw new Snn4jException(config.out() + ": " + e.getMessage(), e);
        }
    }

    private TrainResult train() throws java.io.IOException {
        Device device = DeviceChoice.resolve(config.device());
        Engine.getInstance().setRandomSeed(config.seed());
        PeakMemory.reset(); // each run of an experiment reports its own peak
        PreparedData data = PreparedData.load(config, env);
        listener.onData(data.source(), data.train().size(), data.test().size());
        data.warnings().forEach(listener::onWarning);
        // built (not yet initialised) before the run folder exists: a preset that does not suit the
        // data's shape fails here, leaving nothing behind
        SpikingModel net = ModelPreset.build(data.modelSpec(config));
        Path dir = config.out() != null ? Path.of(config.out()) : RunNames.defaultDir(config);
        RunFolder run = resumeFrom != null ? RunFolder.open(dir) : RunFolder.create(dir);
        listener.onRunFolder(run.dir());

        try (Model model = Model.newInstance("snn4j", device)) {
            model.setBlock(net);
            net.initialize(model.getNDManager(), DataType.FLOAT32, net.inputShape(config.batchSize()));
            ParameterOptimizer optimizer = Optimizers.create(config.optimizer(), config.momentum(), config.weightDecay());
            List<EpochMetrics> history = new ArrayList<>();
            int done = resumeFrom != null ? restore(run, net, optimizer, model.getNDManager(), history) : 0;
            if (done == 0) {
                run.writeConfig(RunRecord.config(config, net, data));
            }

            int steps = BatchLoader.batchCount(data.train().size(), config.batchSize());
            TrainingObjective objective = Objectives.create(config, net);
            ParameterStore ps = new ParameterStore(model.getNDManager(), false);
            for (int epoch = done + 1; epoch <= config.epochs(); epoch++) {
                // dropout and other engine draws depend on (seed, epoch) only: resumable
                Engine.getInstance().setRandomSeed(Math.floorMod(31 * config.seed() + epoch, Integer.MAX_VALUE));
                EpochMetrics metrics = epoch(epoch, steps, model, net, ps, optimizer, objective, data);
                history.add(metrics);
                run.writeMetrics(config.method().cliName(), history, null);
                run.saveModel(model);
                Checkpoint.write(run.dir().resolve(Checkpoint.FILE), epoch, net, optimizer, model.getNDManager());
                listener.onEpochEnd(metrics);
            }
            TrainResult result = TrainResult.of(run.dir(), config, history, RunRecord.parameterCount(net));
            run.writeMetrics(config.method().cliName(), history, result.toFinalJson());
            Files.deleteIfExists(run.dir().resolve(Checkpoint.FILE)); // a finished run needs none
            return result;
        }
    }

    /** Loads the checkpoint and the metrics of its epochs; 0 when the run died before one. */
    private int restore(RunFolder run, SpikingModel net, ParameterOptimizer optimizer, NDManager manager, List<EpochMetrics> history) {
        Path file = run.dir().resolve(Checkpoint.FILE);
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        int epoch = Checkpoint.restore(file, net, optimizer, manager);
        JsonNode epochs = Files.isRegularFile(run.metrics()) ? run.readMetrics().get("epochs") : null;
        if (epochs == null || epochs.size() < epoch) {
            throw new Snn4jException(run.metrics() + ": expected the metrics of " + epoch + " epoch(s) to resume, found "
                    + (epochs == null ? 0 : epochs.size()));
        }
        for (int i = 0; i < epoch; i++) {
            history.add(Json.convert(epochs.get(i), EpochMetrics.class, run.metrics().toString()));
        }
        return epoch;
    }

    private EpochMetrics epoch(
            int epoch,
            int steps,
            Model model,
            SpikingModel net,
            ParameterStore ps,
            ParameterOptimizer optimizer,
            TrainingObjective objective,
            PreparedData data) {
        listener.onEpochStart(epoch, config.epochs(), steps);
        Map<String, Double> termSums = new LinkedHashMap<>();
        objective.termNames().forEach(n -> termSums.put(n, 0.0));
        double lossSum = 0;
        float learningRate = 0;
        AccuracyCounter accuracy = new AccuracyCounter();
        long start = System.nanoTime();
        int step = 0;
        try (BatchLoader batches = BatchLoader.training(data.train(), config.batchSize(), config.seed(), epoch)) {
            while (batches.hasNext()) {
                HostBatch batch = batches.next();
                try (NDManager scope = model.getNDManager().newSubManager()) {
                    NDArray x = Batches.input(scope, batch);
                    NDArray y = Batches.labels(scope, batch);
                    TrainingObjective.Result result;
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector();
                            FusedBackward backward = FusedBackward.open()) {
                        result = objective.compute(net, ps, x, y, true);
                        backward.backward(result.loss());
                    }
                    learningRate = Optimizers.learningRate(config.lrSchedule(), config.lr(), optimizer.steps() + 1, steps, config.epochs());
                    optimizer.step(net.getParameters(), learningRate);
                    lossSum += result.loss().getFloat();
                    result.terms().forEach((name, value) -> termSums.merge(name, (double) value.getFloat(), Double::sum));
                    accuracy.add(result.logits(), y);
                }
                step++;
                double seconds = (System.nanoTime() - start) / 1e9;
                listener.onStep(step, steps, lossSum / step, accuracy.accuracy(), accuracy.total() / seconds);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int evalSteps = BatchLoader.batchCount(data.test().size(), config.batchSize());
        listener.onEvaluationStart(epoch, evalSteps);
        Evaluation.Result eval = Evaluation.run(net, ps, model.getNDManager(), data.test(), config.batchSize(),
                s -> listener.onEvaluationStep(s, evalSteps));
        int stepsDone = Math.max(1, step);
        Map<String, Double> terms = new LinkedHashMap<>();
        termSums.forEach((name, sum) -> terms.put(name, sum / stepsDone));
        return new EpochMetrics(epoch, lossSum / stepsDone, terms, accuracy.accuracy(), eval.accuracy(), eval.asfr(),
                eval.firingRates(), learningRate, seconds, eval.seconds(), accuracy.total() / seconds, PeakMemory.megabytes(),
                eval.energy());
    }
}
