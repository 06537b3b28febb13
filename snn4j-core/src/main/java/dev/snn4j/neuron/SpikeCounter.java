/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

/**
 * Observes how many spikes a layer emits, e.g. to measure firing rates. Cheaper than a {@link
 * SpikeRecorder}: the layer never has to materialise its spikes, so it can stay fused with the
 * max pool after it.
 */
@FunctionalInterface
public interface SpikeCounter {

    /**
     * Called after every forward call.
     *
     * @param spikes spikes emitted
     * @param slots neurons × time steps × samples of the call
     */
    void count(double spikes, long slots);
}
