/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.ndarray.NDList;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * DJL's Conv2d, observable by a {@link SynapseRecorder} so that synaptic operations can be counted.
 * Parameters and saved form are exactly Conv2d's.
 */
public final class SynapticConv2d extends Conv2d {

    private SynapseRecorder recorder;

    private SynapticConv2d(Builder builder) {
        super(builder);
    }

    /** A builder with Conv2d's options ({@code setKernelShape}, {@code setFilters}, {@code optStride}, ...). */
    public static Builder synapticBuilder() {
        return new Builder();
    }

    /** Sets (or clears, with {@code null}) the observer. */
    public void setRecorder(SynapseRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList out = super.forwardInternal(ps, inputs, training, params);
        if (recorder != null) {
            long inChannels = inputs.head().getShape().get(1);
            recorder.record(inputs.head(), out.head(), inChannels / groups * kernelShape.size());
        }
        return out;
    }

    /** Builds {@link SynapticConv2d}s. */
    public static final class Builder extends Conv2d.Builder {
        private Builder() {}

        @Override
        public SynapticConv2d build() {
            validate();
            return new SynapticConv2d(this);
        }
    }
}
