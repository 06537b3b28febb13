/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import static dev.snn4j.InvalidSettingException.require;

import dev.snn4j.trt.ClassLoss;
import dev.snn4j.trt.OutputLoss;

/**
 * How one run goes: method, length, batch, seed, device and folder.
 *
 * @param method baseline or TRT
 * @param epochs epochs
 * @param batchSize samples per step
 * @param seed fixes initialisation, shuffling, augmentation and dropout on the CPU
 * @param device {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}
 * @param out the run folder, or {@code null} for {@code runs/<date>-<dataset>-<model>-<method>}
 * @param loss how outputs are classified: CE, or TET on every time step's output
 * @param tetLambda TET: weight λ of its MSE regulariser, in [0, 1]
 * @param tetPhi TET: the constant φ of its MSE regulariser
 * @param trainEvalSamples after training, accuracy and loss on the first N training samples in
 *     evaluation mode without augmentation (the generalisation gap); 0 = not measured
 * @param trainEvalEveryEpoch measure them after every epoch, not only after the last
 */
public record RunSettings(TrainingMethod method, int epochs, int batchSize, int seed, String device, String out,
        OutputLoss loss, double tetLambda, double tetPhi, int trainEvalSamples, boolean trainEvalEveryEpoch) {

    /**
     * Baseline, 3 epochs of batches of 64, seed 0, the default device, a dated folder under runs/;
     * cross-entropy; the generalisation gap on 1000 training samples after the last epoch.
     */
    public static final RunSettings DEFAULTS = new RunSettings(TrainingMethod.BASELINE, 3, 64, 0, "auto", null,
            OutputLoss.CE, ClassLoss.TET.tetLambda(), ClassLoss.TET.tetPhi(), 1000, false);

    public RunSettings {
        require(method != null, "method", "baseline or trt", "none");
        require(epochs >= 1, "epochs", "an integer >= 1", epochs);
        require(batchSize >= 1, "batch_size", "an integer >= 1", batchSize);
        require(device != null, "device", "auto, cpu, gpu or gpu:N", "none");
        DeviceChoice.parse(device);
        require(out == null || !out.isBlank(), "out", "a folder name", "an empty name");
        new ClassLoss(loss, tetLambda, tetPhi);
        require(trainEvalSamples >= 0, "train_eval_samples", "an integer >= 0 (0 = not measured)", trainEvalSamples);
        require(trainEvalSamples > 0 || !trainEvalEveryEpoch, "train_eval_every_epoch",
                "false with train_eval_samples 0 (nothing is measured)", true);
    }

    /** The classification loss of {@link #loss}, {@link #tetLambda} and {@link #tetPhi}. */
    public ClassLoss classLoss() {
        return new ClassLoss(loss, tetLambda, tetPhi);
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder from {@link #DEFAULTS}. */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** Builds {@link RunSettings}; {@link #build()} checks them. */
    public static final class Builder {
        private TrainingMethod method;
        private int epochs;
        private int batchSize;
        private int seed;
        private String device;
        private String out;
        private OutputLoss loss;
        private double tetLambda;
        private double tetPhi;
        private int trainEvalSamples;
        private boolean trainEvalEveryEpoch;

        private Builder(RunSettings s) {
            method = s.method;
            epochs = s.epochs;
            batchSize = s.batchSize;
            seed = s.seed;
            device = s.device;
            out = s.out;
            loss = s.loss;
            tetLambda = s.tetLambda;
            tetPhi = s.tetPhi;
            trainEvalSamples = s.trainEvalSamples;
            trainEvalEveryEpoch = s.trainEvalEveryEpoch;
        }

        public Builder method(TrainingMethod value) { method = value; return this; }
        public Builder epochs(int value) { epochs = value; return this; }
        public Builder batchSize(int value) { batchSize = value; return this; }
        public Builder seed(int value) { seed = value; return this; }
        public Builder device(String value) { device = value; return this; }
        public Builder out(String value) { out = value; return this; }
        public Builder loss(OutputLoss value) { loss = value; return this; }
        public Builder tetLambda(double value) { tetLambda = value; return this; }
        public Builder tetPhi(double value) { tetPhi = value; return this; }
        public Builder trainEvalSamples(int value) { trainEvalSamples = value; return this; }
        public Builder trainEvalEveryEpoch(boolean value) { trainEvalEveryEpoch = value; return this; }

        public RunSettings build() {
            return new RunSettings(method, epochs, batchSize, seed, device, out, loss, tetLambda, tetPhi, trainEvalSamples,
                    trainEvalEveryEpoch);
        }
    }
}
