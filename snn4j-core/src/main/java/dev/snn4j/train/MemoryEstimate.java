/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import dev.snn4j.Snn4jException;
import dev.snn4j.model.ModelCost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A lower bound on the memory one training step needs, from the model's shapes, checked against
 * what the machine has before anything is allocated: T × batch × (the outputs of the stem and every
 * body stage, per sample and step) × 4 bytes, the activations the backward pass must keep at
 * least once. A real step needs more (cnn3, B = 64, T = 400: bound 6.9 GB, peak resident memory
 * 9.2 GB; T = 40: 0.7 GB and 1.25 GB), so a step whose bound does not fit cannot run, and is refused
 * in one line instead of filling the machine.
 *
 * @param bytes the bound
 * @param timesteps T
 * @param batchSize samples per step
 * @param activationsPerSampleAndStep the stage outputs of one sample at one step
 */
public record MemoryEstimate(long bytes, int timesteps, int batchSize, long activationsPerSampleAndStep) {

    /** The estimate for a model whose per-step cost is {@code cost}. */
    public static MemoryEstimate of(ModelCost cost, int timesteps, int batchSize) {
        long perStep = 0;
        for (ModelCost.StageShape stage : cost.stages()) {
            perStep += stage.outputShape().size();
        }
        double bytes = (double) Float.BYTES * perStep * timesteps * batchSize;
        return new MemoryEstimate(bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes, timesteps, batchSize, perStep);
    }

    /** The memory available to new allocations (MemAvailable of /proc/meminfo), where the system says. */
    public static OptionalLong available() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: nothing to compare with
        }
        return OptionalLong.empty();
    }

    /**
     * Refuses a step that cannot fit in {@code available} bytes, in one line naming the settings
     * that size it (keys: {@code batch_size}, {@code timesteps}).
     */
    public void requireFits(long available) {
        if (bytes > available) {
            throw new Snn4jException(String.format(Locale.ROOT, "memory: one training step needs at least %s (`timesteps` %d x"
                    + " `batch_size` %d x %,d activations per sample and step x 4 bytes), found %s available; use a"
                    + " smaller `batch_size`, `timesteps` or model, or skip this check", human(bytes), timesteps, batchSize,
                    activationsPerSampleAndStep, human(available)));
        }
    }

    static String human(long bytes) {
        double gb = bytes / (double) (1L << 30);
        return gb >= 1 ? String.format(Locale.ROOT, "%,.1f GB", gb) : String.format(Locale.ROOT, "%,.0f MB", bytes / (double) (1L << 20));
    }
}
