/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

/**
 * The graph metadata keys snn4j writes. NIR says no backend may rely on metadata, so none of this
 * changes what the graph computes; snn4j's import takes {@link #DT}, {@link #TIMESTEPS} and
 * {@link #ENCODING} as defaults when no option says otherwise.
 */
public final class NirMetadata {

    /** Seconds per time step the neuron parameters were written for (a double). */
    public static final String DT = "dt";
    /** T: the steps per sample in training (a long). */
    public static final String TIMESTEPS = "timesteps";
    /** {@code direct} (a static sample at every step) or {@code temporal} (one frame per step). */
    public static final String ENCODING = "encoding";
    /** How to feed the input, in words. */
    public static final String INPUT = "input";
    /** How to read the class scores, in words. */
    public static final String READOUT = "readout";
    /** The snn4j model, e.g. {@code cnn3, lif(tau=2.0, ...), T=4, input 1x28x28, 10 classes}. */
    public static final String MODEL = "model";

    private NirMetadata() {}
}
