/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import dev.snn4j.Snn4jException;
import dev.snn4j.data.SampleDataset;
import dev.snn4j.model.ModelSpec;
import java.util.Arrays;

/** What {@link SnnTraining} checks of its data before the first step. */
final class DataChecks {

    private DataChecks() {}

    /** The data must be what the model takes: the sample shape (with T frames for temporal data) and the classes. */
    static void requireFits(ModelSpec spec, SampleDataset data, String what) {
        long[] shape = data.sampleShape();
        long[] expected = spec.encoding() == dev.snn4j.layer.InputEncoding.TEMPORAL
                ? concat(spec.timesteps(), spec.sampleShape()) : spec.sampleShape();
        if (data.temporal() != (spec.encoding() == dev.snn4j.layer.InputEncoding.TEMPORAL) || !Arrays.equals(shape, expected)) {
            throw new Snn4jException(what + ": expected samples of shape " + Arrays.toString(expected)
                    + (spec.encoding() == dev.snn4j.layer.InputEncoding.TEMPORAL ? " (frames first)" : "")
                    + " for model " + spec.architecture() + ", found " + Arrays.toString(shape)
                    + (data.temporal() ? " (temporal)" : ""));
        }
        if (data.numClasses() != spec.numClasses()) {
            throw new Snn4jException(what + ": expected " + spec.numClasses() + " classes for model " + spec.architecture()
                    + ", found " + data.numClasses());
        }
    }

    private static long[] concat(long first, long[] rest) {
        long[] out = new long[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
