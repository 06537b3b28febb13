/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import dev.snn4j.config.TrainConfig;
import ai.djl.Model;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.model.SpikingModel;
import java.nio.file.Path;

/**
 * A trained model reloaded from its run folder: the preset and settings come from config.json, the
 * parameters from the DJL params file. Nothing of the training method is needed: a TRT-trained
 * model loads and runs exactly like a baseline one.
 */
public final class SavedRun implements AutoCloseable {

    private final RunFolder folder;
    private final TrainConfig config;
    private final SavedModel saved;

    private SavedRun(RunFolder folder, TrainConfig config, SavedModel saved) {
        this.folder = folder;
        this.config = config;
        this.saved = saved;
    }

    /** Loads the run in {@code dir} on a device ({@code auto}, {@code cpu}, {@code gpu:N}). */
    public static SavedRun load(Path dir, String device) {
        return load(dir, device, 0);
    }

    /**
     * Loads the run in {@code dir} built for {@code timesteps} time steps instead of the trained T
     * (0 = as trained): its {@link #config()} says T', so the data it prepares are event frames
     * re-integrated into T' frames, and static samples drive the stem for T' steps.
     */
    public static SavedRun load(Path dir, String device, int timesteps) {
        RunFolder folder = RunFolder.open(dir);
        JsonNode root = folder.readConfig();
        TrainConfig config = TrainConfig.fromSavedJson(root.get(RunRecord.CONFIG_KEY), folder.config().toString());
        if (timesteps != 0) {
            config = config.toBuilder().model(config.model().withTimesteps(timesteps)).build();
        }
        return new SavedRun(folder, config, SavedModel.load(dir, device, null, timesteps));
    }

    public RunFolder folder() {
        return folder;
    }

    public TrainConfig config() {
        return config;
    }

    /** The model with its class names and normalisation (for a {@code Predictor}). */
    public SavedModel saved() {
        return saved;
    }

    public SpikingModel network() {
        return saved.network();
    }

    public Model model() {
        return saved.model();
    }

    /** A parameter store for inference with this model. */
    public ParameterStore parameterStore() {
        return new ParameterStore(saved.model().getNDManager(), false);
    }

    @Override
    public void close() {
        saved.close();
    }
}
