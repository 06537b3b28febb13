/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import ai.djl.ndarray.NDArray;

/** Observes the spikes a layer emits, e.g. to measure its firing rate during evaluation. */
@FunctionalInterface
public interface SpikeRecorder {

    /** Called with the layer's spikes [T, B, ...] after every forward call. */
    void record(NDArray spikes);
}
