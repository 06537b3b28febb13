/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.FrameScale;
import dev.snn4j.data.FrameSplit;
import dev.snn4j.data.PixelNormalization;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.neuron.NeuronType;
import dev.snn4j.neuron.SurrogateSpec;
import dev.snn4j.train.optim.LrSchedule;
import dev.snn4j.config.TrainingMethod;
import dev.snn4j.train.optim.OptimizerKind;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.trt.ConsistencyMode;
import dev.snn4j.trt.ReversalPoint;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The flags of {@code train}: one per {@link TrainConfig} component, flag {@code --batch-size} for
 * key {@code batch_size}. Defaults are not written here: {@link ConfigDefaults} reads them from
 * {@link TrainConfig#defaults()}, and {@link #toConfig()} goes through the same JSON conversion and
 * checks as a config file.
 */
public final class TrainOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.SELF)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "NAME", description = "fashion-mnist, mnist, nfmnist, shapes-dvs, cifar10-dvs, dvs-gesture, n-mnist, n-caltech101 (default: ${DEFAULT-VALUE}).")
    DatasetId dataset;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset files (default: search $SNN4J_DATA, the Debian package, the embedded subset).")
    String data;

    @Option(names = "--model", paramLabel = "NAME", description = "Model preset (default: ${DEFAULT-VALUE}).")
    ModelPreset model;

    @Option(names = "--method", paramLabel = "NAME", description = "baseline or trt (default: ${DEFAULT-VALUE}).")
    TrainingMethod method;

    @Option(names = {"-T", "--timesteps"}, paramLabel = "T", description = "Time steps T (default: ${DEFAULT-VALUE}).")
    int timesteps;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch-size", paramLabel = "B", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "sgd (with momentum), adam or adamw (default: ${DEFAULT-VALUE}).")
    OptimizerKind optimizer;

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--momentum", paramLabel = "X", description = "SGD momentum (default: ${DEFAULT-VALUE}).")
    double momentum;

    @Option(names = "--weight-decay", paramLabel = "X", description = "Weight decay (default: ${DEFAULT-VALUE}).")
    double weightDecay;

    @Option(names = "--lr-schedule", paramLabel = "NAME",
            description = "cosine (to 0 over the run, per step), cosine_epoch (stepped per epoch, as PyTorch recipes that step CosineAnnealingLR each epoch) or constant (default: ${DEFAULT-VALUE}).")
    LrSchedule lrSchedule;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of initialisation, shuffling and augmentation (default: ${DEFAULT-VALUE}).")
    int seed;

    @Option(names = "--augment", paramLabel = "LIST", description = "Training augmentation: auto (crop,flip for images; translate, plus flip where it keeps labels, for events), none, or a list of crop, flip, translate, time_reverse (default: ${DEFAULT-VALUE}).")
    String augment;

    @Option(names = "--train-limit", paramLabel = "N", description = "Use only the first N training samples; 0 = all (default: ${DEFAULT-VALUE}).")
    int trainLimit;

    @Option(names = "--test-limit", paramLabel = "N", description = "Evaluate on the first N test samples; 0 = all (default: ${DEFAULT-VALUE}).")
    int testLimit;

    @Option(names = "--data-seed", paramLabel = "N", description = "Seed of generated datasets and of the 90/10 splits snn4j makes (default: ${DEFAULT-VALUE}).")
    int dataSeed;

    @Option(names = "--frame-split", paramLabel = "MODE", description = "Event frames: number (equal event counts) or time (equal durations) (default: ${DEFAULT-VALUE}).")
    FrameSplit frameSplit;

    @Option(names = "--frame-size", paramLabel = "N", description = "Event frames: N x N by summing pixels; 0 = the dataset's default (default: ${DEFAULT-VALUE}).")
    int frameSize;

    @Option(names = "--frame-clip", paramLabel = "N", description = "Event frames: clip counts at N; 0 = no clipping (default: ${DEFAULT-VALUE}).")
    int frameClip;

    @Option(names = "--frame-scale", paramLabel = "MODE", description = "Event frames: count, log1p or binary (default: ${DEFAULT-VALUE}).")
    FrameScale frameScale;

    @Option(names = "--image-size", paramLabel = "N", description = "Image folders: N x N crops (default: ${DEFAULT-VALUE}).")
    int imageSize;

    @Option(names = "--points", paramLabel = "N", description = "Point clouds: points per cloud (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--skip-bad-files", description = "Leave out unreadable files (each logged, and counted) instead of stopping.")
    boolean skipBadFiles;

    @Option(names = "--decode-threads", paramLabel = "N", description = "Image folders: decoding threads; 0 = one per core (default: ${DEFAULT-VALUE}).")
    int decodeThreads;

    @Option(names = "--normalize", paramLabel = "MODE", description = "Images: dataset (subtract the training set's per-channel mean, divide by its std), none (pixels in [0, 1]) or auto (none for fashion-mnist and mnist, dataset otherwise) (default: ${DEFAULT-VALUE}).")
    PixelNormalization normalize;

    @Option(names = "--neuron", paramLabel = "TYPE", description = "if, lif or plif (default: ${DEFAULT-VALUE}).")
    NeuronType neuron;

    @Option(names = "--tau", paramLabel = "X", description = "Membrane time constant; PLIF's initial value (default: ${DEFAULT-VALUE}).")
    double tau;

    @Option(names = "--v-threshold", paramLabel = "X", description = "Firing threshold (default: ${DEFAULT-VALUE}).")
    double vThreshold;

    @Option(names = "--v-reset", paramLabel = "X", description = "Hard-reset potential (default: ${DEFAULT-VALUE}).")
    double vReset;

    @Option(names = "--soft-reset", description = "Reset by subtracting the threshold instead of to --v-reset.")
    boolean softReset;

    @Option(names = "--decay-input", negatable = true, description = "Scale the input by 1/tau too (default: ${DEFAULT-VALUE}).")
    boolean decayInput;

    @Option(names = "--detach-reset", description = "Cut the reset from the gradient.")
    boolean detachReset;

    @Option(names = "--surrogate", paramLabel = "NAME:ALPHA", description = "sigmoid, atan, piecewise_quadratic or erf, with sharpness (default: ${DEFAULT-VALUE}).")
    SurrogateSpec surrogate;

    @Option(names = "--trt-reverse", paramLabel = "MODE", description = "input, feature or auto (feature for static data, input for temporal) (default: ${DEFAULT-VALUE}).")
    ReversalPoint trtReverse;

    @Option(names = "--trt-reverse-at", paramLabel = "K", description = "Feature mode: reverse after the K-th spiking layer (default: ${DEFAULT-VALUE}, the stem's).")
    int trtReverseAt;

    @Option(names = "--trt-alpha", paramLabel = "X", description = "Weight of the KL consistency term (default: ${DEFAULT-VALUE}).")
    double trtAlpha;

    @Option(names = "--trt-beta", paramLabel = "X", description = "Weight of the star-operation CE term (default: ${DEFAULT-VALUE}).")
    double trtBeta;

    @Option(names = "--trt-temperature", paramLabel = "X", description = "Softmax temperature of the KL term (default: ${DEFAULT-VALUE}).")
    double trtTemperature;

    @Option(names = "--trt-reversed-ce", paramLabel = "X", description = "Weight of the reversed path's CE term (default: ${DEFAULT-VALUE}).")
    double trtReversedCe;

    @Option(names = "--trt-consistency", paramLabel = "MODE", description = "detached (original output is the KL target) or symmetric (default: ${DEFAULT-VALUE}).")
    ConsistencyMode trtConsistency;

    @Option(names = "--device", paramLabel = "DEV", description = "auto, cpu, gpu or gpu:N (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder (default: runs/<date>-<dataset>-<model>-<method>).")
    String out;

    /** The config these flags describe; invalid combinations fail with a message naming the flag. */
    public TrainConfig toConfig() {
        return toConfig(null, null);
    }

    /**
     * The config of {@code base} (a settings file) with the flags given on the command line on top;
     * without a base, every flag's value (given or default) counts.
     */
    public TrainConfig toConfig(TrainConfig base, CommandLine.ParseResult given) {
        ObjectNode node = base == null ? Json.mapper().createObjectNode() : base.toJson();
        for (OptionSpec option : spec.options()) {
            if (base == null || given.hasMatchedOption(option)) {
                node.set(ConfigDefaults.key(option), Json.mapper().valueToTree(option.getValue()));
            }
        }
        return TrainConfig.fromJson(node, null);
    }
}
