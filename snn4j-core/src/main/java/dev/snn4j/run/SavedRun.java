/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import dev.snn4j.config.DeviceChoice;
import dev.snn4j.config.TrainConfig;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.Provenance;
import dev.snn4j.Snn4jException;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A trained model reloaded from its run folder: the preset and settings come from config.json, the
 * parameters from the DJL params file. Nothing of the training method is needed: a TRT-trained
 * model loads and runs exactly like a baseline one.
 */
public final class SavedRun implements AutoCloseable {

    private final RunFolder folder;
    private final TrainConfig config;
    private final SpikingModel net;
    private final Model model;

    private SavedRun(RunFolder folder, TrainConfig config, SpikingModel net, Model model) {
        this.folder = folder;
        this.config = config;
        this.net = net;
        this.model = model;
    }

    /** Loads the run in {@code dir} on a device ({@code auto}, {@code cpu}, {@code gpu:N}). */
    public static SavedRun load(Path dir, String device) {
        RunFolder folder = RunFolder.open(dir);
        JsonNode root = folder.readConfig();
        String source = folder.config().toString();
        TrainConfig config = TrainConfig.fromSavedJson(root.get(RunRecord.CONFIG_KEY), source);
        JsonNode specNode = root.get(RunRecord.MODEL_KEY);
        if (specNode == null || !specNode.isObject()) {
            throw new Snn4jException(source + ": expected a '" + RunRecord.MODEL_KEY + "' object, found none");
        }
        ModelSpec spec = Json.convert(withoutKey(specNode, "parameters"), ModelSpec.class, source);
        if (!Files.isRegularFile(folder.params())) {
            throw new Snn4jException("--run " + dir + ": no " + RunFolder.PARAMS + " (did the run finish an epoch?)");
        }
        Model model = Model.newInstance("snn4j", DeviceChoice.resolve(device));
        try {
            SpikingModel net = ModelPreset.build(spec);
            model.setBlock(net);
            net.initialize(model.getNDManager(), DataType.FLOAT32, net.inputShape(1));
            checkLayout(folder, spec, specNode.path("parameters"), net, root.path("provenance"));
            model.load(folder.dir(), RunFolder.MODEL_NAME);
            return new SavedRun(folder, config, net, model);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            if (e instanceof Snn4jException s) {
                throw s;
            }
            throw new Snn4jException(folder.params() + ": cannot load model: " + e.getMessage(), e);
        }
    }

    /**
     * A preset whose layout changed since the run was saved (pointnet did) cannot take its
     * parameters; say so in terms of the run, not of DJL's parameter stream.
     */
    private static void checkLayout(RunFolder folder, ModelSpec spec, JsonNode saved, SpikingModel net, JsonNode provenance) {
        long built = RunRecord.parameterCount(net);
        if (saved.canConvertToLong() && saved.asLong() != built) {
            throw new Snn4jException(String.format(Locale.ROOT,
                    "%s: model %s was saved with %,d parameters, this snn4j (%s) builds it with %,d: the preset's layout"
                            + " changed since snn4j %s (commit %s) trained it; retrain, or evaluate with that version",
                    folder.params(), spec.preset().cliName(), saved.asLong(), Provenance.readSnn4jVersion(), built,
                    provenance.path("snn4j_version").asText("unknown"), provenance.path("git_commit").asText("unknown")));
        }
    }

    private static JsonNode withoutKey(JsonNode node, String key) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = node.deepCopy();
        copy.remove(key);
        return copy;
    }

    public RunFolder folder() {
        return folder;
    }

    public TrainConfig config() {
        return config;
    }

    public SpikingModel network() {
        return net;
    }

    public Model model() {
        return model;
    }

    /** A parameter store for inference with this model. */
    public ParameterStore parameterStore() {
        return new ParameterStore(model.getNDManager(), false);
    }

    @Override
    public void close() {
        model.close();
    }
}
