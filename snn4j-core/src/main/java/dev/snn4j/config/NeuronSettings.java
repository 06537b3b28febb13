/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import static dev.snn4j.InvalidSettingException.require;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.snn4j.CliEnum;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.NeuronType;
import dev.snn4j.neuron.Surrogate;
import dev.snn4j.neuron.SurrogateSpec;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spiking neuron injected into every spiking layer, in the flat form of config files and flags
 * ({@link #toSpec()} is the model's {@link NeuronSpec}). A setting the neuron type does not use
 * (tau for IF, v_reset with a soft reset) must keep its default.
 *
 * @param type IF, LIF, PLIF, QIF or EIF (key {@code neuron})
 * @param tau membrane time constant (PLIF: initial value)
 * @param vThreshold firing threshold
 * @param vReset hard-reset potential
 * @param softReset reset by subtracting the threshold instead of to {@code vReset}
 * @param decayInput scale the input by 1/tau too
 * @param detachReset cut the reset from the gradient
 * @param surrogate surrogate gradient function and sharpness
 * @param neuronParams the type's own hyper-parameters that differ from their defaults (QIF's
 *     {@code a0}, ...; none for IF, LIF and PLIF)
 */
public record NeuronSettings(@JsonProperty("neuron") NeuronType type, double tau, double vThreshold, double vReset,
        boolean softReset, boolean decayInput, boolean detachReset, SurrogateSpec surrogate,
        Map<String, Double> neuronParams) {

    private static final double DEFAULT_TAU = 2.0;
    private static final double DEFAULT_V_RESET = 0.0;

    /** LIF, tau 2, threshold 1, hard reset to 0, decay_input, sigmoid surrogate with alpha 4. */
    public static final NeuronSettings DEFAULTS = new NeuronSettings(NeuronType.LIF, DEFAULT_TAU, 1.0, DEFAULT_V_RESET,
            false, true, false, new SurrogateSpec(Surrogate.SIGMOID, 4), Map.of());

    public NeuronSettings {
        require(type != null, "neuron", "one of " + CliEnum.names(NeuronType.class), "none");
        neuronParams = neuronParams == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(neuronParams));
        require(!softReset || vReset == DEFAULT_V_RESET, "v_reset",
                DEFAULT_V_RESET + ", the default (soft_reset subtracts the threshold and never uses v_reset)", vReset);
        require(type.usesTau() || tau == DEFAULT_TAU, "tau",
                DEFAULT_TAU + ", the default (" + type.cliName() + " has no leak and never uses tau)", tau);
        require(type.usesDecayInput() || decayInput, "decay_input", "true, the default (" + type.cliName()
                + (type.usesTau() ? " always scales its input by 1/tau" : " has no leak, so there is no input decay to turn off")
                + ")", false);
        toSpec(type, tau, vThreshold, vReset, softReset, decayInput, detachReset, surrogate, neuronParams);
    }

    private static NeuronSpec toSpec(NeuronType type, double tau, double vThreshold, double vReset, boolean softReset,
            boolean decayInput, boolean detachReset, SurrogateSpec surrogate, Map<String, Double> neuronParams) {
        return new NeuronSpec(type, tau, vThreshold, softReset ? null : vReset, decayInput, detachReset, surrogate,
                neuronParams);
    }

    /** The neuron these settings describe. */
    public NeuronSpec toSpec() {
        return toSpec(type, tau, vThreshold, vReset, softReset, decayInput, detachReset, surrogate, neuronParams);
    }

    /** The settings of a neuron (the inverse of {@link #toSpec()}; its parameters as they differ from their defaults). */
    public static NeuronSettings of(NeuronSpec spec) {
        Map<String, Double> changed = new TreeMap<>();
        spec.type().parameters().forEach(p -> {
            double value = spec.parameter(p.name());
            if (Double.compare(value, p.defaultValue()) != 0) {
                changed.put(p.name(), value);
            }
        });
        return new NeuronSettings(spec.type(), spec.tau(), spec.vThreshold(), spec.softReset() ? DEFAULT_V_RESET : spec.vReset(),
                spec.softReset(), spec.decayInput(), spec.detachReset(), spec.surrogate(), changed);
    }
}
