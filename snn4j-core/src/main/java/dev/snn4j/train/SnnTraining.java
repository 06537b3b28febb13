/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.config.OptimizerSettings;
import dev.snn4j.data.SampleDataset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.MemoryEstimate;
import dev.snn4j.model.ModelCost;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.kernel.FusedBackward;
import dev.snn4j.run.EpochMetrics;
import dev.snn4j.run.RunRecord;
import dev.snn4j.run.TrainResult;
import dev.snn4j.train.optim.Optimizers;
import dev.snn4j.train.optim.ParameterOptimizer;
import dev.snn4j.trt.BaselineObjective;
import dev.snn4j.trt.TrainingObjective;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Trains any {@link SpikingModel} (a preset or one built from snn4j blocks) on any
 * {@link SampleDataset}, with or without TRT, exactly as the command line does: the fused spiking
 * kernel, the objective's loss terms, a test-set evaluation after every epoch (accuracy, firing
 * rates, energy) and, when asked for, a run folder with checkpoints that {@code resume} continues.
 *
 * <pre>{@code
 * try (Model model = Model.newInstance("my-snn")) {
 *     model.setBlock(net);
 *     TrainResult result = SnnTraining.builder()
 *             .setModel(model)
 *             .setData(train, test)
 *             .optObjective(new TrtObjective(TrtSettings.DEFAULTS, net))
 *             .optEpochs(3)
 *             .build()
 *             .fit();
 * }
 * }</pre>
 */
public final class SnnTraining {

    /**
     * How long and on what the run trains.
     *
     * @param epochs epochs
     * @param batchSize samples per step
     * @param seed fixes initialisation, data order, augmentation and dropout on the CPU
     * @param optimizer optimiser and learning-rate schedule
     */
    public record Settings(int epochs, int batchSize, int seed, OptimizerSettings optimizer) {
        public Settings {
            dev.snn4j.InvalidSettingException.require(epochs >= 1, "epochs", "an integer >= 1", epochs);
            dev.snn4j.InvalidSettingException.require(batchSize >= 1, "batch_size", "an integer >= 1", batchSize);
            Objects.requireNonNull(optimizer, "optimizer");
        }
    }

    private final Model model;
    private final SpikingModel net;
    private final SampleDataset train;
    private final SampleDataset test;
    private final TrainingObjective objective;
    private final Settings settings;
    private final TrainingListener listener;
    private final Path runDir;
    private final Function<SpikingModel, ObjectNode> record;
    private final boolean resume;
    private final int trainEvalSamples;
    private final boolean trainEvalEveryEpoch;
    private final boolean memoryCheck;

    private SnnTraining(Builder b) {
        this.model = b.model;
        this.net = (SpikingModel) b.model.getBlock();
        this.train = b.train;
        this.test = b.test;
        this.objective = b.objective != null ? b.objective : new BaselineObjective();
        this.settings = new Settings(b.epochs, b.batchSize, b.seed, b.optimizer);
        this.listener = b.listener;
        this.runDir = b.runDir;
        this.record = b.record != null ? b.record : this::apiRecord;
        this.resume = b.resume;
        this.trainEvalSamples = b.trainEvalSamples;
        this.trainEvalEveryEpoch = b.trainEvalEveryEpoch;
        this.memoryCheck = b.memoryCheck;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Trains every epoch (after the last checkpoint, when resuming) and returns the results. */
    public TrainResult fit() {
        NativeGradientCheck.requireReproducibleConvolutions(model.getNDManager().getDevice());
        FusedBackward.autogradOffInThisThread(); // any thread may train, not only the one that loaded the engine
        Engine.getInstance().setRandomSeed(settings.seed());
        PeakMemory.reset(); // each run of an experiment reports its own peak
        DataChecks.requireFits(net.spec(), train, "training data");
        DataChecks.requireFits(net.spec(), test, "test data");
        // one step's memory, checked before anything of its size exists: for a preset from the shapes of
        // a one-step copy, for an initialised model from its own; a model built in code is initialised first
        boolean fromPreset = memoryCheck && !net.isInitialized() && net.spec().preset().isPresent();
        if (fromPreset) {
            MemoryEstimate.check(ModelCost.of(net.spec()), net.spec().timesteps(), settings.batchSize(), true);
        }
        if (!net.isInitialized()) {
            net.initialize(model.getNDManager(), DataType.FLOAT32, net.inputShape(settings.batchSize()));
        }
        if (memoryCheck && !fromPreset) {
            MemoryEstimate.check(net.cost(), net.spec().timesteps(), settings.batchSize(), true);
        }
        ParameterOptimizer optimizer = Optimizers.create(settings.optimizer().optimizer(), settings.optimizer().momentum(),
                settings.optimizer().weightDecay());
        try (RunWriter writer = runDir == null ? RunWriter.NONE : RunWriter.start(runDir, resume)) {
            if (runDir != null) {
                listener.onRunFolder(runDir);
            }
            List<EpochMetrics> history = new ArrayList<>();
            int done = writer.restore(net, objective, optimizer, model.getNDManager(), history);
            if (done == 0) {
                writer.writeConfig(record.apply(net));
            }
            EpochLoop loop = new EpochLoop(net, model.getNDManager(), optimizer, objective, settings, listener)
                    .withTrainEvaluation(trainEvalSamples, trainEvalEveryEpoch);
            for (int epoch = done + 1; epoch <= settings.epochs(); epoch++) {
                EpochMetrics metrics = loop.run(epoch, train, test);
                history.add(metrics);
                writer.epochDone(objective, loop.termWeights(), history, model, net, optimizer);
                listener.onEpochEnd(metrics);
            }
            TrainResult result = TrainResult.of(runDir, objective.name(), history, RunRecord.parameterCount(net));
            writer.finished(objective.name(), loop.termWeights(), history, result);
            return result;
        }
    }

    /** A run folder's config.json for a run started from code: these settings, the model, the data. */
    private ObjectNode apiRecord(SpikingModel initialised) {
        ObjectNode settingsJson = Json.mapper().valueToTree(settings.optimizer());
        settingsJson.put("method", objective.name());
        settingsJson.put("epochs", settings.epochs());
        settingsJson.put("batch_size", settings.batchSize());
        settingsJson.put("seed", settings.seed());
        return RunRecord.config(settingsJson, initialised, train, test, train.source(), Map.of());
    }


    /** Builds a {@link SnnTraining}: the model and the data are required, the rest has defaults. */
    public static final class Builder {
        private Model model;
        private SampleDataset train;
        private SampleDataset test;
        private TrainingObjective objective;
        private OptimizerSettings optimizer = OptimizerSettings.DEFAULTS;
        private int epochs = 3;
        private int batchSize = 64;
        private int seed;
        private TrainingListener listener = TrainingListener.NONE;
        private Path runDir;
        private Function<SpikingModel, ObjectNode> record;
        private boolean resume;
        private int trainEvalSamples;
        private boolean trainEvalEveryEpoch;
        private boolean memoryCheck = true;

        private Builder() {}

        /** The DJL model to train; its block must be a {@link SpikingModel} (initialised or not). */
        public Builder setModel(Model value) {
            model = value;
            return this;
        }

        /** The training data and the data evaluated after every epoch. */
        public Builder setData(SampleDataset trainData, SampleDataset testData) {
            train = trainData;
            test = testData;
            return this;
        }

        /** The objective (default: {@link BaselineObjective}; TRT: {@code new TrtObjective(settings, net)}). */
        public Builder optObjective(TrainingObjective value) {
            objective = value;
            return this;
        }

        /** Optimiser and schedule (default: SGD 0.1, momentum 0.9, weight decay 5e-4, cosine). */
        public Builder optOptimizer(OptimizerSettings value) {
            optimizer = value;
            return this;
        }

        public Builder optEpochs(int value) {
            epochs = value;
            return this;
        }

        public Builder optBatchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder optSeed(int value) {
            seed = value;
            return this;
        }

        public Builder optListener(TrainingListener value) {
            listener = value;
            return this;
        }

        /** Record the run in {@code dir}: config.json, metrics.json after every epoch, parameters, checkpoint. */
        public Builder optRunFolder(Path dir) {
            runDir = dir;
            return this;
        }

        /**
         * Record the run in {@code dir}, with {@code config} making config.json from the initialised
         * model (the command line records its whole {@code TrainConfig} this way).
         */
        public Builder optRunFolder(Path dir, Function<SpikingModel, ObjectNode> config) {
            runDir = dir;
            record = config;
            return this;
        }

        /** Continue the run in the run folder after its last checkpoint (a fresh start when it has none). */
        public Builder optResume(boolean value) {
            resume = value;
            return this;
        }

        /**
         * Measure the generalisation gap: accuracy and loss on the first {@code samples} training
         * samples (evaluation mode, no augmentation) after the last epoch, or after every epoch;
         * recorded in metrics.json as {@code generalization}. Off (0) by default.
         */
        public Builder optTrainEvaluation(int samples, boolean everyEpoch) {
            dev.snn4j.InvalidSettingException.require(samples >= 0, "train_eval_samples", "an integer >= 0 (0 = not measured)", samples);
            trainEvalSamples = samples;
            trainEvalEveryEpoch = everyEpoch;
            return this;
        }

        /**
         * Check before the first step that one training step's memory (a lower bound from the
         * model's shapes, {@link MemoryEstimate}) fits in what the machine has, and refuse in one
         * line when it does not; on by default.
         */
        public Builder optMemoryCheck(boolean value) {
            memoryCheck = value;
            return this;
        }

        public SnnTraining build() {
            if (model == null || train == null || test == null) {
                throw new IllegalArgumentException("SnnTraining: setModel and setData are required");
            }
            Block block = model.getBlock();
            if (!(block instanceof SpikingModel)) {
                throw new IllegalArgumentException("SnnTraining: expected the model's block to be a SpikingModel, found "
                        + (block == null ? "none" : block.getClass().getSimpleName()));
            }
            if (resume && runDir == null) {
                throw new IllegalArgumentException("SnnTraining: optResume needs optRunFolder");
            }
            return new SnnTraining(this);
        }
    }
}
