/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import static dev.snn4j.InvalidSettingException.require;

/**
 * How one run goes: method, length, batch, seed, device and folder.
 *
 * @param method baseline or TRT
 * @param epochs epochs
 * @param batchSize samples per step
 * @param seed fixes initialisation, shuffling, augmentation and dropout on the CPU
 * @param device {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}
 * @param out the run folder, or {@code null} for {@code runs/<date>-<dataset>-<model>-<method>}
 */
public record RunSettings(TrainingMethod method, int epochs, int batchSize, int seed, String device, String out) {

    /** Baseline, 3 epochs of batches of 64, seed 0, the default device, a dated folder under runs/. */
    public static final RunSettings DEFAULTS = new RunSettings(TrainingMethod.BASELINE, 3, 64, 0, "auto", null);

    public RunSettings {
        require(method != null, "method", "baseline or trt", "none");
        require(epochs >= 1, "epochs", "an integer >= 1", epochs);
        require(batchSize >= 1, "batch_size", "an integer >= 1", batchSize);
        require(device != null, "device", "auto, cpu, gpu or gpu:N", "none");
        DeviceChoice.parse(device);
        require(out == null || !out.isBlank(), "out", "a folder name", "an empty name");
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

        private Builder(RunSettings s) {
            method = s.method;
            epochs = s.epochs;
            batchSize = s.batchSize;
            seed = s.seed;
            device = s.device;
            out = s.out;
        }

        public Builder method(TrainingMethod value) { method = value; return this; }
        public Builder epochs(int value) { epochs = value; return this; }
        public Builder batchSize(int value) { batchSize = value; return this; }
        public Builder seed(int value) { seed = value; return this; }
        public Builder device(String value) { device = value; return this; }
        public Builder out(String value) { out = value; return this; }

        public RunSettings build() {
            return new RunSettings(method, epochs, batchSize, seed, device, out);
        }
    }
}
