/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import dev.snn4j.neuron.kernel.FusedKernel;

/** The fused kernel of a neuron, as a spiking layer of it builds it. */
final class Kernels {

    private Kernels() {}

    static FusedKernel of(NeuronSpec spec) {
        FusedKernel.Constants constants = spec.type().kernelConstants(spec);
        if (constants == null) {
            throw new IllegalArgumentException(spec.type().cliName() + " has no fused kernel");
        }
        return new FusedKernel(constants);
    }
}
