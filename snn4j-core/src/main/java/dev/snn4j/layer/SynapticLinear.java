/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * DJL's Linear, observable by a {@link SynapseRecorder} so that synaptic operations can be counted.
 * Parameters and saved form are exactly Linear's.
 */
public final class SynapticLinear extends Linear {

    private SynapseRecorder recorder;

    private SynapticLinear(Builder builder) {
        super(builder);
    }

    /** A linear layer of {@code units} outputs. */
    public static SynapticLinear of(long units, boolean bias) {
        Builder b = new Builder();
        b.setUnits(units);
        b.optBias(bias);
        return b.build();
    }

    /** Sets (or clears, with {@code null}) the observer. */
    public void setRecorder(SynapseRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList out = super.forwardInternal(ps, inputs, training, params);
        if (recorder != null) {
            Shape in = inputs.head().getShape();
            recorder.record(inputs.head(), out.head(), in.get(in.dimension() - 1));
        }
        return out;
    }

    /** Builds {@link SynapticLinear}s. */
    public static final class Builder extends Linear.Builder {
        private Builder() {}

        @Override
        public SynapticLinear build() {
            if (units <= 0) {
                throw new IllegalArgumentException("SynapticLinear: units must be set");
            }
            return new SynapticLinear(this);
        }
    }
}
