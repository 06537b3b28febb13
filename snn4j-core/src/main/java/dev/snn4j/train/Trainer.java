/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import ai.djl.Device;
import ai.djl.Model;
import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Snn4jException;
import dev.snn4j.config.DeviceChoice;
import dev.snn4j.config.PreparedData;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.run.RunFolder;
import dev.snn4j.run.RunNames;
import dev.snn4j.run.RunRecord;
import dev.snn4j.run.TrainResult;
import java.nio.file.Path;
import java.util.Map;

/**
 * Trains one model as a {@link TrainConfig} says, in a run folder: the command line's way in. It
 * prepares the data and the preset the config names and hands them to {@link SnnTraining}, the one
 * training loop, which records config.json (the whole config), metrics, parameters and checkpoints,
 * so that {@link #resume} continues a killed run.
 */
public final class Trainer {

    private final TrainConfig config;
    private final Map<String, String> env;
    private final TrainingListener listener;
    private final boolean resume;
    private final boolean memoryCheck;

    /**
     * @param env environment variables (for {@code SNN4J_DATA}); pass {@code System.getenv()}
     */
    public Trainer(TrainConfig config, Map<String, String> env, TrainingListener listener) {
        this(config, env, listener, false);
    }

    private Trainer(TrainConfig config, Map<String, String> env, TrainingListener listener, boolean resume) {
        this(config, env, listener, resume, true);
    }

    private Trainer(TrainConfig config, Map<String, String> env, TrainingListener listener, boolean resume, boolean memoryCheck) {
        this.config = config;
        this.env = env;
        this.listener = listener;
        this.resume = resume;
        this.memoryCheck = memoryCheck;
    }

    /**
     * The same trainer without the check that one step's estimated memory ({@link dev.snn4j.model.MemoryEstimate})
     * fits in the memory available.
     */
    public Trainer withoutMemoryCheck() {
        return new Trainer(config, env, listener, resume, false);
    }

    /** A trainer that continues the unfinished run in {@code dir} after its last checkpoint. */
    public static Trainer resume(Path dir, Map<String, String> env, TrainingListener listener) {
        RunFolder run = RunFolder.open(dir);
        if (run.isFinished()) {
            throw new Snn4jException("resume " + dir + ": expected an unfinished run, found a finished one");
        }
        JsonNode root = run.readConfig();
        JsonNode spec = root.path(RunRecord.MODEL_KEY);
        String architecture = spec.path("architecture").asText(spec.path("preset").asText(""));
        if (!architecture.isEmpty() && ModelPreset.find(architecture).isEmpty()) {
            throw new Snn4jException("resume " + dir + ": expected a run of a preset, found a model of architecture '"
                    + architecture + "', which trains from code (SnnTraining with the model SavedModel.load gives)");
        }
        TrainConfig config = TrainConfig.fromSavedJson(root.get(RunRecord.CONFIG_KEY), run.config().toString());
        return new Trainer(config.toBuilder().run(r -> r.out(dir.toString())).build(), env, listener, true);
    }

    public TrainResult run() {
        Path dir = config.run().out() != null ? Path.of(config.run().out()) : RunNames.defaultDir(config);
        RunFolder.check(dir, resume); // before the data is loaded: a refused folder is the only message
        Device device = DeviceChoice.resolve(config.run().device());
        if (memoryCheck) { // event frames: before they are integrated and cached (the check is repeated with the data's own shape)
            PreparedData.expectedEventModel(config).ifPresent(spec -> dev.snn4j.model.MemoryEstimate.check(
                    dev.snn4j.model.ModelCost.of(spec), spec.timesteps(), config.run().batchSize(), true));
        }
        PreparedData data = PreparedData.load(config, env);
        listener.onData(data.source(), data.train().size(), data.test().size());
        data.warnings().forEach(listener::onWarning);
        // built (not yet initialised) before the run folder exists: a preset that does not suit the
        // data's shape fails here, leaving nothing behind
        SpikingModel net = ModelPreset.build(data.modelSpec(config));
        try (Model model = Model.newInstance("snn4j", device)) {
            model.setBlock(net);
            return SnnTraining.builder()
                    .setModel(model)
                    .setData(data.train(), data.test())
                    .optObjective(Objectives.create(config, net))
                    .optOptimizer(config.optimizer())
                    .optEpochs(config.run().epochs())
                    .optBatchSize(config.run().batchSize())
                    .optSeed(config.run().seed())
                    .optTrainEvaluation(config.run().trainEvalSamples(), config.run().trainEvalEveryEpoch())
                    .optListener(listener)
                    .optRunFolder(dir, initialised -> RunRecord.config(config, initialised, data))
                    .optResume(resume)
                    .optMemoryCheck(memoryCheck)
                    .build()
                    .fit();
        }
    }
}
