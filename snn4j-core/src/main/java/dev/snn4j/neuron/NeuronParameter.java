/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import dev.snn4j.Snn4jException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A hyper-parameter of one neuron type (beyond tau, threshold and reset, which every type reads from
 * {@link NeuronSpec}'s fields), with its default: QIF's {@code a0}, EIF's {@code delta_T}. Set with
 * {@code neuron_params} ({@code --neuron-params a0=1.5,v_c=0.7}); a type declares its own in its
 * {@link NeuronType} constant.
 *
 * @param name the key in {@code neuron_params}
 * @param defaultValue the value when none is given (SpikingJelly's default)
 * @param meaning one phrase for help texts and the documentation
 */
public record NeuronParameter(String name, double defaultValue, String meaning) {

    /**
     * {@code given} completed with {@code type}'s defaults, in declaration order.
     *
     * @param vReset the hard-reset potential, or {@code null} for a soft reset (some rules compare with it)
     * @throws Snn4jException naming {@code neuron_params} for a parameter the type does not have, a
     *     value that is not finite, or a value the type's rules refuse
     */
    static Map<String, Double> complete(NeuronType type, Map<String, Double> given, Double vReset) {
        List<NeuronParameter> declared = type.parameters();
        Map<String, Double> all = new LinkedHashMap<>();
        for (NeuronParameter p : declared) {
            all.put(p.name(), p.defaultValue());
        }
        for (Map.Entry<String, Double> e : given.entrySet()) {
            if (!all.containsKey(e.getKey())) {
                String expected = declared.isEmpty() ? "none for " + type.cliName() + " (it has no parameters of its own)"
                        : "parameters of " + type.cliName() + " ("
                        + declared.stream().map(NeuronParameter::name).collect(Collectors.joining(", ")) + ")";
                throw new Snn4jException("neuron_params: expected " + expected + ", found '" + e.getKey() + "'");
            }
            Double value = e.getValue();
            if (value == null || !Double.isFinite(value)) {
                throw new Snn4jException("neuron_params: expected a finite number for " + e.getKey() + ", found " + value);
            }
            all.put(e.getKey(), value);
        }
        type.check(all, vReset);
        return Collections.unmodifiableMap(all);
    }

    /** The one-line refusal of a parameter value by {@code type}'s rules. */
    static void require(boolean ok, NeuronType type, String expected, String found) {
        if (!ok) {
            throw new Snn4jException("neuron_params: expected " + expected + " for " + type.cliName() + ", found " + found);
        }
    }
}
