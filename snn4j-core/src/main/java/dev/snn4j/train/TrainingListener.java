/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import dev.snn4j.run.EpochMetrics;

/** Progress of a run, for progress bars and logs; every method has a do-nothing default. */
public interface TrainingListener {

    TrainingListener NONE = new TrainingListener() {};

    /** Where the data came from ("/usr/share/datasets/fashion-mnist (Debian ...)"), and sizes. */
    default void onData(String source, int trainSamples, int testSamples) {}

    /** A note for the user about the data, one line (e.g. a file left out by --skip-bad-files). */
    default void onWarning(String message) {}

    /** The run folder that will hold config, metrics and model. */
    default void onRunFolder(java.nio.file.Path runDir) {}

    default void onEpochStart(int epoch, int epochs, int steps) {}

    /** After each training step: running means over the epoch so far. */
    default void onStep(int step, int steps, double loss, double accuracy, double samplesPerSecond) {}

    default void onEvaluationStart(int epoch, int steps) {}

    default void onEvaluationStep(int step, int steps) {}

    default void onEpochEnd(EpochMetrics metrics) {}
}
