/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.run.EpochMetrics;
import dev.snn4j.train.TrainingListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;

/**
 * Progress of a run on stderr: a bar per training epoch and per evaluation (step/steps, loss,
 * accuracy, samples per second, ETA) and one summary line per epoch.
 */
final class ConsoleProgress implements TrainingListener {

    private final PrintWriter err;
    private final String label;
    private ProgressBar bar;

    /** @param label prefix of every line, e.g. {@code trt} in the demo; empty for none */
    ConsoleProgress(PrintWriter err, String label) {
        this.err = err;
        this.label = label.isEmpty() ? "" : label + " ";
    }

    @Override
    public void onData(String source, int trainSamples, int testSamples) {
        err.printf(Locale.ROOT, "%sdata: %s (%,d train / %,d test samples)%n", label, source, trainSamples, testSamples);
    }

    @Override
    public void onWarning(String message) {
        err.printf("%snote: %s%n", label, message);
    }

    @Override
    public void onRunFolder(Path runDir) {
        err.printf("%srun folder: %s%n", label, runDir);
    }

    @Override
    public void onEpochStart(int epoch, int epochs, int steps) {
        open(String.format(Locale.ROOT, "%sepoch %d/%d", label, epoch, epochs), steps);
    }

    @Override
    public void onStep(int step, int steps, double loss, double accuracy, double samplesPerSecond) {
        if (bar != null) {
            bar.stepTo(step);
            bar.setExtraMessage(String.format(Locale.ROOT, "loss %.4f acc %.1f%% %.0f samples/s", loss, 100 * accuracy, samplesPerSecond));
        }
    }

    @Override
    public void onEvaluationStart(int epoch, int steps) {
        close();
        open(label + "test", steps);
    }

    @Override
    public void onEvaluationStep(int step, int steps) {
        if (bar != null) {
            bar.stepTo(step);
        }
    }

    @Override
    public void onEpochEnd(EpochMetrics m) {
        close();
        err.printf(
                Locale.ROOT,
                "%sepoch %d: loss %.4f, train %.2f%%, test %.2f%%, ASFR %.4f, %.1f s (%.0f samples/s)%n",
                label, m.epoch(), m.trainLoss(), 100 * m.trainAccuracy(), 100 * m.testAccuracy(), m.asfr(),
                m.seconds(), m.samplesPerSecond());
    }

    private void open(String task, int steps) {
        close();
        bar = Bars.open(task, steps, " steps", err);
    }

    /** Closes the open bar, if any (prints its final state). */
    void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        err.flush();
    }
}
