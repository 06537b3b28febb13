/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.ndarray.NDArray;

/**
 * Observes a synaptic layer (convolution or linear): its input, its output and the
 * multiply-accumulates behind one output element. How much of that work an SNN really does depends
 * on its input: for spikes only the non-zero inputs cost an accumulate.
 */
@FunctionalInterface
public interface SynapseRecorder {

    /**
     * @param input the layer's input
     * @param output the layer's output
     * @param macsPerOutput multiply-accumulates behind each output element (e.g. Cin·kh·kw)
     */
    void record(NDArray input, NDArray output, long macsPerOutput);
}
