/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Spiking neurons: {@link dev.snn4j.neuron.NeuronSpec} (IF, LIF, PLIF and their settings),
 * surrogate gradients ({@link dev.snn4j.neuron.Surrogate}), the multi-step layer
 * {@link dev.snn4j.neuron.SpikingNeuron}, and {@link dev.snn4j.neuron.FusedGradientCollector}, under
 * which the layers run the fused CPU kernel (the whole time loop, forward and backward, in one pass)
 * with correct gradients.
 */
package dev.snn4j.neuron;
