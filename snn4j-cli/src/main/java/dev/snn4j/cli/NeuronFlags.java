/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.neuron.NeuronType;
import dev.snn4j.neuron.SurrogateSpec;
import java.util.Map;
import picocli.CommandLine.Option;

/** The flags of {@link dev.snn4j.config.NeuronSettings}: the neuron of every spiking layer. */
final class NeuronFlags {

    @Option(names = "--neuron", paramLabel = "TYPE", completionCandidates = EnumNames.Neurons.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    NeuronType neuron;

    @Option(names = "--tau", paramLabel = "X", description = "Membrane time constant; PLIF's initial value (default: ${DEFAULT-VALUE}).")
    double tau;

    @Option(names = "--v-threshold", paramLabel = "X", description = "Firing threshold (default: ${DEFAULT-VALUE}).")
    double vThreshold;

    @Option(names = "--v-reset", paramLabel = "X", description = "Hard-reset potential (default: ${DEFAULT-VALUE}).")
    double vReset;

    @Option(names = "--soft-reset", description = "Reset by subtracting the threshold instead of to --v-reset.")
    boolean softReset;

    @Option(names = "--decay-input", negatable = true, description = "Scale the input by 1/tau too (default: ${DEFAULT-VALUE}).")
    boolean decayInput;

    @Option(names = "--detach-reset", description = "Cut the reset from the gradient.")
    boolean detachReset;

    @Option(names = "--surrogate", paramLabel = "NAME:ALPHA", description = "Surrogate gradient and its sharpness, NAME one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = EnumNames.Surrogates.class)
    SurrogateSpec surrogate;

    @Option(names = "--neuron-params", paramLabel = "NAME=X", split = ",", completionCandidates = EnumNames.NeuronParams.class,
            description = "The neuron type's own parameters, e.g. --neuron-params a0=1.5,v_c=0.7; with their"
                    + " (SpikingJelly's) defaults: ${COMPLETION-CANDIDATES}.")
    Map<String, Double> neuronParams;
}
