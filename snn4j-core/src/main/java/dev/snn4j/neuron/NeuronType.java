/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import dev.snn4j.CliEnum;

/** The membrane dynamics a spiking layer follows. */
public enum NeuronType implements CliEnum {
    /** Integrate-and-fire: no leak. */
    IF,
    /** Leaky integrate-and-fire with a fixed time constant tau. */
    LIF,
    /** Parametric LIF: 1/tau = sigmoid(w) with w learned per layer (Fang et al., 2021). */
    PLIF;

    /** The lower-case name used on the command line and in config files. */
    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    /** Parses a command-line name such as {@code lif}; the error names the valid values. */
    public static NeuronType parse(String text) {
        return CliEnum.parse(NeuronType.class, "--neuron", text);
    }
}
