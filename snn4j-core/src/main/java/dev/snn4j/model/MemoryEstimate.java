/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import dev.snn4j.Snn4jException;
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
 * <p>Inference ({@link #ofInference}: evaluation, low-latency evaluation, prediction) keeps no
 * activations for a backward pass, but the largest stage's output exists at once for all T steps
 * of the batch: T × batch × (the largest stage output per sample and step) × 4 bytes.
 *
 * <p>{@link #check} is what training, evaluation, attacks and the benchmark call before a model of
 * that size is run; {@link #setChecking} turns it off for the process (the command line's
 * {@code --skip-memory-check}), for a machine whose swap or overcommit the user trusts.
 *
 * @param bytes the bound
 * @param timesteps T
 * @param batchSize samples per step
 * @param activationsPerSampleAndStep the stage outputs of one sample at one step (inference: of the largest stage)
 * @param kind what the bound is for
 */
public record MemoryEstimate(long bytes, int timesteps, int batchSize, long activationsPerSampleAndStep, Kind kind) {

    /** What is estimated. */
    public enum Kind {
        /** One training step: every stage's output kept for the backward pass. */
        TRAINING,
        /** One inference batch: the largest stage's output. */
        INFERENCE,
        /** Building (initialising) a model for T steps: every stage on one sample of T steps. */
        MODEL
    }

    private static volatile boolean checking = true;

    /** The training estimate for a model whose per-step cost is {@code cost}. */
    public static MemoryEstimate of(ModelCost cost, int timesteps, int batchSize) {
        long perStep = 0;
        for (ModelCost.StageShape stage : cost.stages()) {
            perStep += stage.outputShape().size();
        }
        return new MemoryEstimate(bound(perStep, timesteps, batchSize), timesteps, batchSize, perStep, Kind.TRAINING);
    }

    /** The inference estimate: the largest stage's output for T steps of the batch. */
    public static MemoryEstimate ofInference(ModelCost cost, int timesteps, int batchSize) {
        long largest = 0;
        for (ModelCost.StageShape stage : cost.stages()) {
            largest = Math.max(largest, stage.outputShape().size());
        }
        return new MemoryEstimate(bound(largest, timesteps, batchSize), timesteps, batchSize, largest, Kind.INFERENCE);
    }

    private static long bound(long perStep, long timesteps, long batchSize) {
        double bytes = (double) Float.BYTES * perStep * timesteps * batchSize;
        return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
    }

    /** Turns {@link #check} on (the default) or off, for this process. */
    public static void setChecking(boolean on) {
        checking = on;
    }

    /**
     * Refuses (see {@link #requireFits}) a training step ({@code training}) or an inference batch of
     * this model at T and batch size that cannot fit in the memory available now; nothing when the
     * system does not say what is available or checking is off.
     */
    public static void check(ModelCost cost, int timesteps, int batchSize, boolean training) {
        if (checking) {
            MemoryEstimate e = training ? of(cost, timesteps, batchSize) : ofInference(cost, timesteps, batchSize);
            available().ifPresent(e::requireFits);
            requireTensorLimit(cost, timesteps, batchSize);
        }
    }

    /** The most bytes one tensor may hold on the CPU path: its values are read into one Java array. */
    public static final long TENSOR_LIMIT = Integer.MAX_VALUE;

    /**
     * Refuses a batch in which one layer's output for all T steps exceeds {@link #TENSOR_LIMIT}: the
     * fused spiking layers read a layer's output into one Java array, and libtorch hands out at
     * most 2 GB that way ({@code train --dataset nfmnist --model dvs-cnn -T 300} passed the memory
     * bound and failed after 79 s inside libtorch).
     */
    public static void requireTensorLimit(ModelCost cost, int timesteps, int batchSize) {
        long largest = 0;
        for (ModelCost.LayerCost layer : cost.layers()) {
            largest = Math.max(largest, layer.outputShape().size());
        }
        for (ModelCost.StageShape stage : cost.stages()) {
            largest = Math.max(largest, stage.outputShape().size());
        }
        long bytes = bound(largest, timesteps, batchSize);
        if (bytes > TENSOR_LIMIT) {
            throw new Snn4jException(String.format(Locale.ROOT, "memory: one layer's output for all steps of a batch is %s"
                    + " (`timesteps` %d x `batch_size` %d x %,d values per sample and step x 4 bytes), over the 2 GB one tensor can"
                    + " hold on the CPU path; use a smaller `batch_size` or `timesteps`", human(bytes), timesteps, batchSize, largest));
        }
    }

    /** As {@link #check}, for building a model of this cost for {@code timesteps} steps ({@link Kind#MODEL}). */
    public static void checkModel(ModelCost cost, int timesteps) {
        if (checking) {
            MemoryEstimate one = of(cost, timesteps, 1);
            available().ifPresent(new MemoryEstimate(one.bytes, timesteps, 1, one.activationsPerSampleAndStep, Kind.MODEL)::requireFits);
        }
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
     * Refuses a step (or batch) that cannot fit in {@code available} bytes, in one line naming the
     * settings that size it (keys: {@code batch_size}, {@code timesteps}).
     */
    public void requireFits(long available) {
        if (bytes > available && kind == Kind.MODEL) {
            throw new Snn4jException(String.format(Locale.ROOT, "memory: building the model for %d time steps needs at least %s"
                    + " (`timesteps` %d x one sample x %,d activations per sample and step x 4 bytes), found %s available;"
                    + " use a smaller `timesteps`, or skip this check (`skip_memory_check`)", timesteps, human(bytes), timesteps,
                    activationsPerSampleAndStep, human(available)));
        }
        if (bytes > available) {
            boolean training = kind == Kind.TRAINING;
            throw new Snn4jException(String.format(Locale.ROOT, "memory: %s needs at least %s (`timesteps` %d x"
                    + " `batch_size` %d x %,d activations %sper sample and step x 4 bytes), found %s available; use a"
                    + " smaller `batch_size`, `timesteps` or model, or skip this check (`skip_memory_check`)", training ? "one training step"
                    : "one inference batch", human(bytes), timesteps, batchSize, activationsPerSampleAndStep,
                    training ? "" : "of the largest stage ", human(available)));
        }
    }

    static String human(long bytes) {
        double gb = bytes / (double) (1L << 30);
        return gb >= 1 ? String.format(Locale.ROOT, "%,.1f GB", gb) : String.format(Locale.ROOT, "%,.0f MB", bytes / (double) (1L << 20));
    }
}
