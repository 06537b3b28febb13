/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import dev.snn4j.train.optim.LrSchedule;
import dev.snn4j.train.optim.OptimizerKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.Augmentation;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.EventDataOptions;
import dev.snn4j.data.FrameOptions;
import dev.snn4j.data.FrameScale;
import dev.snn4j.data.FrameSplit;
import dev.snn4j.data.PixelNormalization;
import dev.snn4j.data.StaticDataOptions;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.NeuronType;
import dev.snn4j.neuron.SurrogateSpec;
import dev.snn4j.trt.ConsistencyMode;
import dev.snn4j.trt.ReversalPoint;
import dev.snn4j.trt.TrtSettings;
import java.util.Set;

/**
 * Every setting of a training run, and the single source of truth for them: the {@code train}
 * command's flags are these components (flag {@code --batch-size} is key {@code batch_size}), their
 * defaults come from {@link #defaults()}, config files are these keys, and a run folder's
 * {@code config.json} records them. Code-built and file-built configs pass the same checks (the
 * compact constructor), and each error names the flag: "--epochs: expected an integer >= 1, found 0".
 */
public record TrainConfig(
        DatasetId dataset,
        String data,
        ModelPreset model,
        TrainingMethod method,
        int timesteps,
        int epochs,
        int batchSize,
        OptimizerKind optimizer,
        double lr,
        double momentum,
        double weightDecay,
        LrSchedule lrSchedule,
        int seed,
        String augment,
        int trainLimit,
        int testLimit,
        int dataSeed,
        FrameSplit frameSplit,
        int frameSize,
        int frameClip,
        FrameScale frameScale,
        int imageSize,
        int points,
        boolean skipBadFiles,
        int decodeThreads,
        PixelNormalization normalize,
        NeuronType neuron,
        double tau,
        double vThreshold,
        double vReset,
        boolean softReset,
        boolean decayInput,
        boolean detachReset,
        SurrogateSpec surrogate,
        ReversalPoint trtReverse,
        int trtReverseAt,
        double trtAlpha,
        double trtBeta,
        double trtTemperature,
        double trtReversedCe,
        ConsistencyMode trtConsistency,
        String device,
        String out) {

    /** The defaults: cnn3 on Fashion-MNIST, T = 4, 3 epochs, SGD 0.1 with momentum 0.9, cosine. */
    public static TrainConfig defaults() {
        NeuronSpec n = NeuronSpec.defaults();
        TrtSettings t = TrtSettings.defaults();
        StaticDataOptions st = StaticDataOptions.DEFAULT;
        return new TrainConfig(
                DatasetId.FASHION_MNIST, null, ModelPreset.CNN3, TrainingMethod.BASELINE, 4, 3, 64,
                OptimizerKind.SGD, 0.1, 0.9, 5e-4, LrSchedule.COSINE, 0, "auto", 0, 0,
                0, FrameSplit.NUMBER, 0, 0, FrameScale.COUNT,
                st.imageSize(), st.points(), st.skipBadFiles(), st.decodeThreads(), st.normalize(),
                n.type(), n.tau(), n.vThreshold(), n.vReset(), false, n.decayInput(), n.detachReset(),
                n.surrogate(), t.reverse(), t.reverseAt(), t.alpha(), t.beta(), t.temperature(),
                t.reversedCe(), t.consistency(), "auto", null);
    }

    public TrainConfig {
        require(dataset != null, "--dataset", "a dataset name", "none");
        require(model != null, "--model", "a model name", "none");
        require(method != null, "--method", "baseline or trt", "none");
        require(optimizer != null, "--optimizer", "sgd, adam or adamw", "none");
        require(lrSchedule != null, "--lr-schedule", "cosine, cosine_epoch or constant", "none");
        require(timesteps >= 1, "--timesteps", "an integer >= 1", timesteps);
        require(epochs >= 1, "--epochs", "an integer >= 1", epochs);
        require(batchSize >= 1, "--batch-size", "an integer >= 1", batchSize);
        require(lr > 0 && Double.isFinite(lr), "--lr", "a finite number > 0", lr);
        require(momentum >= 0 && momentum < 1, "--momentum", "a number in [0, 1)", momentum);
        require(weightDecay >= 0 && Double.isFinite(weightDecay), "--weight-decay", "a finite number >= 0", weightDecay);
        require(trainLimit >= 0, "--train-limit", "an integer >= 0 (0 = all)", trainLimit);
        require(testLimit >= 0, "--test-limit", "an integer >= 0 (0 = all)", testLimit);
        require(augment != null, "--augment", "auto, none or a list such as crop,flip", "none");
        require(dataSeed >= 0, "--data-seed", "an integer >= 0", dataSeed);
        require(frameSplit != null, "--frame-split", "number or time", "none");
        require(frameScale != null, "--frame-scale", "count, log1p or binary", "none");
        require(frameSize >= 0, "--frame-size", "an integer >= 0 (0 = the dataset's default)", frameSize);
        require(frameClip >= 0, "--frame-clip", "an integer >= 0 (0 = no clipping)", frameClip);
        require(device != null, "--device", "auto, cpu, gpu or gpu:N", "none");
        Augmentation.parse(augment);
        new StaticDataOptions(imageSize, points, skipBadFiles, decodeThreads, normalize);
        DeviceChoice.parse(device);
        neuronSpec(neuron, tau, vThreshold, vReset, softReset, decayInput, detachReset, surrogate);
        new TrtSettings(trtReverse, trtReverseAt, trtAlpha, trtBeta, trtTemperature, trtReversedCe, trtConsistency);
    }

    private static void require(boolean ok, String flag, String expected, Object found) {
        if (!ok) {
            throw new Snn4jException(flag + ": expected " + expected + ", found " + found);
        }
    }

    private static NeuronSpec neuronSpec(
            NeuronType type, double tau, double vth, double vReset, boolean soft, boolean decay,
            boolean detach, SurrogateSpec surrogate) {
        return new NeuronSpec(type, tau, vth, soft ? null : vReset, decay, detach, surrogate);
    }

    /** The neuron injected into every spiking layer of the model. */
    public NeuronSpec neuronSpec() {
        return neuronSpec(neuron, tau, vThreshold, vReset, softReset, decayInput, detachReset, surrogate);
    }

    /** TRT's settings (used only when method is trt, recorded always). */
    public TrtSettings trtSettings() {
        return new TrtSettings(trtReverse, trtReverseAt, trtAlpha, trtBeta, trtTemperature, trtReversedCe, trtConsistency);
    }

    /** The training augmentations, {@code auto} resolved for the dataset. */
    public Set<Augmentation> augmentations() {
        return Augmentation.resolve(augment, dataset);
    }

    /** How event datasets integrate events into frames. */
    public FrameOptions frameOptions() {
        return FrameOptions.DEFAULT.withSplit(frameSplit).withSize(frameSize, frameSize).withClip(frameClip)
                .withScale(frameScale, 1f);
    }

    /** What this config asks of its dataset. */
    public DatasetRequest datasetRequest(java.util.Map<String, String> env) {
        return new DatasetRequest(dataset, data == null ? null : java.nio.file.Path.of(data), env, augmentations(), timesteps,
                seed, frameOptions(), eventDataOptions(), staticDataOptions());
    }

    /** Image size, points per cloud, bad-file policy, decoding threads and pixel normalisation of static datasets. */
    public StaticDataOptions staticDataOptions() {
        return new StaticDataOptions(imageSize, points, skipBadFiles, decodeThreads, normalize);
    }

    /** The data seed of generated datasets and of splits made by snn4j. */
    public EventDataOptions eventDataOptions() {
        EventDataOptions d = EventDataOptions.DEFAULT;
        return new EventDataOptions(dataSeed, d.generatedTrain(), d.generatedTest());
    }

    /** This config as a JSON object with snake_case keys (the file format). */
    public ObjectNode toJson() {
        return Json.mapper().valueToTree(this);
    }

    /** Reads a config from JSON; keys that are absent keep their defaults. */
    public static TrainConfig fromJson(JsonNode node, String source) {
        if (node == null || !node.isObject()) {
            throw new Snn4jException(source + ": expected a JSON object of settings, found " + node);
        }
        ObjectNode merged = defaults().toJson();
        node.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        return Json.convert(merged, TrainConfig.class, source);
    }

    /**
     * Reads the config of a saved run. Settings that run folders of earlier versions do not record
     * take the value those versions used, not today's default: {@code normalize} is {@code dataset}.
     */
    public static TrainConfig fromSavedJson(JsonNode node, String source) {
        if (node != null && node.isObject() && !node.has("normalize")) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            copy.put("normalize", PixelNormalization.DATASET.cliName());
            return fromJson(copy, source);
        }
        return fromJson(node, source);
    }

    /** A copy with one setting changed, by its key (e.g. {@code "method"}, {@code "trt_alpha"}). */
    public TrainConfig with(String key, Object value) {
        ObjectNode node = toJson();
        if (!node.has(key)) {
            throw new Snn4jException("unknown setting '" + key + "'");
        }
        node.set(key, Json.mapper().valueToTree(value));
        return Json.convert(node, TrainConfig.class, "setting " + key);
    }
}
