package dev.snn4j.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import dev.snn4j.data.BatchLoader;
import dev.snn4j.data.HostBatch;
import dev.snn4j.metrics.AccuracyCounter;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.trt.TrainingObjective;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains one model as a {@link TrainConfig} says and records everything in a run folder: after
 * every epoch the test-set accuracy and firing rates (plain inference path), metrics.json and the
 * model parameters.
 */
public final class Trainer {

    private final TrainConfig config;
    private final Map<String, String> env;
    private final TrainingListener listener;

    /**
     * @param env environment variables (for {@code SNN4J_DATA}); pass {@code System.getenv()}
     */
    public Trainer(TrainConfig config, Map<String, String> env, TrainingListener listener) {
        this.config = config;
        this.env = env;
        this.listener = listener;
    }

    public TrainResult run() {
        Device device = DeviceChoice.resolve(config.device());
        Engine.getInstance().setRandomSeed(config.seed());
        PreparedData data = PreparedData.load(config, env);
        listener.onData(data.source(), data.train().size(), data.test().size());
        // built (not yet initialised) before the run folder exists: a preset that does not suit the
        // data's shape fails here, leaving nothing behind
        SpikingModel net = ModelPreset.build(data.modelSpec(config));
        RunFolder run = RunFolder.create(config.out() != null ? Path.of(config.out()) : RunNames.defaultDir(config));
        listener.onRunFolder(run.dir());

        try (Model model = Model.newInstance("snn4j", device)) {
            model.setBlock(net);
            net.initialize(model.getNDManager(), DataType.FLOAT32, net.inputShape(config.batchSize()));
            run.writeConfig(RunRecord.config(config, net, data));

            int steps = BatchLoader.batchCount(data.train().size(), config.batchSize());
            Optimizer optimizer = Optimizers.create(config, steps * config.epochs());
            Tracker schedule = Optimizers.schedule(config, steps * config.epochs());
            TrainingObjective objective = Objectives.create(config, net);
            ParameterStore ps = new ParameterStore(model.getNDManager(), false);
            List<EpochMetrics> history = new ArrayList<>();
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                EpochMetrics metrics = epoch(epoch, steps, model, net, ps, optimizer, objective, data, schedule);
                history.add(metrics);
                run.writeMetrics(config.method().cliName(), history, null);
                run.saveModel(model);
                listener.onEpochEnd(metrics);
            }
            TrainResult result = TrainResult.of(run.dir(), config, history, RunRecord.parameterCount(net));
            run.writeMetrics(config.method().cliName(), history, result.toFinalJson());
            return result;
        }
    }

    private EpochMetrics epoch(
            int epoch,
            int steps,
            Model model,
            SpikingModel net,
            ParameterStore ps,
            Optimizer optimizer,
            TrainingObjective objective,
            PreparedData data,
            Tracker schedule) {
        listener.onEpochStart(epoch, config.epochs(), steps);
        Map<String, Double> termSums = new LinkedHashMap<>();
        objective.termNames().forEach(n -> termSums.put(n, 0.0));
        double lossSum = 0;
        AccuracyCounter accuracy = new AccuracyCounter();
        long start = System.nanoTime();
        int step = 0;
        try (BatchLoader batches =
                BatchLoader.training(data.train(), config.batchSize(), config.seed(), epoch)) {
            while (batches.hasNext()) {
                HostBatch batch = batches.next();
                try (NDManager scope = model.getNDManager().newSubManager()) {
                    NDArray x = Batches.input(scope, batch);
                    NDArray y = Batches.labels(scope, batch);
                    TrainingObjective.Result result;
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        result = objective.compute(net, ps, x, y, true);
                        collector.backward(result.loss());
                    }
                    update(net, optimizer);
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
        Evaluation.Result eval =
                Evaluation.run(net, ps, model.getNDManager(), data.test(), config.batchSize(),
                        s -> listener.onEvaluationStep(s, evalSteps));
        int lastUpdate = steps * epoch; // the optimiser counts updates from 1
        Map<String, Double> terms = new LinkedHashMap<>();
        int stepsDone = Math.max(1, step);
        termSums.forEach((name, sum) -> terms.put(name, sum / stepsDone));
        return new EpochMetrics(
                epoch,
                lossSum / stepsDone,
                terms,
                accuracy.accuracy(),
                eval.accuracy(),
                eval.asfr(),
                eval.firingRates(),
                schedule.getNewValue(lastUpdate),
                seconds,
                eval.seconds(),
                accuracy.total() / seconds);
    }

    /** One optimiser step on every trainable parameter; the optimiser zeroes the gradients. */
    private static void update(SpikingModel net, Optimizer optimizer) {
        for (Pair<String, Parameter> pair : net.getParameters()) {
            NDArray weight = pair.getValue().getArray();
            if (!pair.getValue().requiresGradient() || !weight.hasGradient()) {
                continue;
            }
            try (NDArray gradient = weight.getGradient()) {
                optimizer.update(pair.getValue().getId(), weight, gradient);
            }
        }
    }
}
