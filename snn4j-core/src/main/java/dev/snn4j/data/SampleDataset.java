/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A labelled dataset whose samples become float arrays of one fixed shape: what the batch loader
 * and the trainer need, whatever the data is (images, event frames, point clouds).
 *
 * <p>A sample is written already normalised and, when the caller passes a random generator,
 * augmented. Temporal samples have time as their first axis, [T, ...]; the batch loader lays their
 * batches out time-first, [T, B, ...], as the models expect.
 */
public interface SampleDataset {

    int size();

    /** The label of sample {@code index}, in 0..numClasses()-1. */
    int label(int index);

    List<String> classNames();

    default int numClasses() {
        return classNames().size();
    }

    /** Shape of one prepared sample: e.g. [C, H, W], or [T, C, H, W] when {@link #temporal()}. */
    long[] sampleShape();

    /** Whether a sample's first axis is time. */
    boolean temporal();

    /** Where the data came from, for the user and the run's config. */
    String source();

    /** Floats in one sample: the product of {@link #sampleShape()}. */
    default int sampleSize() {
        long n = 1;
        for (long d : sampleShape()) {
            n *= d;
        }
        return Math.toIntExact(n);
    }

    /**
     * Writes sample {@code index} into {@code dst} from {@code offset}, normalised; augmented with
     * randomness from {@code rng} when it is not {@code null} (training), as is otherwise.
     */
    void write(int index, float[] dst, int offset, RandomGenerator rng);

    /**
     * Writes samples {@code indices[0]}, {@code indices[1]}, ... one after the other into {@code dst}
     * from {@code offset}: the same values as calling {@link #write} for each of them in that order
     * with the same generator, which is what this default does. The batch loader calls it once per
     * batch (static samples), so a dataset whose samples are expensive to decode can override it to
     * decode them in parallel; it must then draw every random number from {@code rng} first, in
     * sample order as {@link #write} would, and decode afterwards, so batches stay identical
     * whatever the number of threads.
     */
    default void writeAll(int[] indices, float[] dst, int offset, RandomGenerator rng) {
        int n = sampleSize();
        for (int k = 0; k < indices.length; k++) {
            write(indices[k], dst, offset + k * n, rng);
        }
    }

    /**
     * The per-channel normalisation applied to raw values in [0, 1], for datasets of such values
     * (images); {@code null} when samples are not normalised pixels (event counts, points). Used to
     * express perturbations in pixel units (adversarial attacks).
     */
    default Normalization normalization() {
        return null;
    }

    /** The first {@code n} samples (all of them when n is larger). */
    SampleDataset limit(int n);

    /**
     * Problems met while writing samples that did not stop the work (a file that failed to decode
     * and was replaced, under skip-bad-files), each once: the ones since the last call, which
     * takes them. None by default.
     */
    default List<String> drainWarnings() {
        return List.of();
    }
}
