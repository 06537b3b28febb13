/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * One batch prepared on the host, ready to be copied into an engine tensor in one call.
 *
 * <p>ONE float array in row-major {@code [B, ...]} order, or {@code [T, B, ...]} for temporal samples (not one array per sample) because
 * that is what a single tensor-creation call takes. The arrays are handed over to the receiver
 * and not copied; the loader never touches them again.
 *
 * @param data {@code B * C * H * W} normalised pixels
 * @param shape {@code [B, ...]}, or {@code [T, B, ...]} for temporal samples
 * @param labels {@code B} class labels
 */
public record HostBatch(float[] data, long[] shape, int[] labels) {

    public HostBatch {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(labels, "labels");
        if (shape.length < 2) {
            throw new IllegalArgumentException("expected shape [B, ...] or [T, B, ...], found " + Arrays.toString(shape));
        }
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n != data.length || (shape[0] != labels.length && shape[1] != labels.length)) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not fit "
                    + data.length + " values and " + labels.length + " labels");
        }
    }

    /** Number of samples, {@code B} (the first axis, or the second for time-first batches). */
    public int size() {
        return labels.length;
    }

    /** Content equality, so that two runs with the same seed can be compared directly. */
    @Override
    public boolean equals(Object o) {
        return o instanceof HostBatch b && Arrays.equals(shape, b.shape) && Arrays.equals(labels, b.labels)
                && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(shape) + Arrays.hashCode(labels)) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "HostBatch[shape=" + Arrays.toString(shape) + "]";
    }
}
