/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.examples;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.snn4j.neuron.FusedGradientCollector;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.Arrays;

/** One LIF layer on a [T, N] input: its spikes, membrane potentials and the surrogate gradient of sum(spikes). */
public final class LifGradient {

    private LifGradient() {}

    /** The layer's output for {@code input} [T, N]: spikes, voltages after reset and dL/dX for L = sum(spikes). */
    public record Result(float[] spikes, float[] voltages, float[] gradient) {}

    public static Result run(float[] input, int steps) {
        int n = input.length / steps;
        try (NDManager manager = NDManager.newBaseManager()) {
            SpikingNeuron lif = SpikingNeuron.of(NeuronSpec.lif().tau(2).build());
            lif.initialize(manager, DataType.FLOAT32, new Shape(steps, n));
            ParameterStore ps = new ParameterStore(manager, false);
            NDArray x = manager.create(input, new Shape(steps, n));
            x.setRequiresGradient(true);
            NDArray spikes;
            try (FusedGradientCollector collector = FusedGradientCollector.open()) {
                spikes = lif.forward(ps, new NDList(x), true).singletonOrThrow();
                collector.backward(spikes.sum());
            }
            float[] voltages = lif.forwardWithVoltages(ps, x, false).voltages().toFloatArray();
            return new Result(spikes.toFloatArray(), voltages, x.getGradient().toFloatArray());
        }
    }

    public static void main(String[] args) {
        float[] input = {0.8f, 1.5f, 2.5f, 0.8f, 1.5f, 0.0f}; // T = 3 steps of 2 neurons
        Result r = run(input, 3);
        System.out.println("spikes   " + Arrays.toString(r.spikes()));
        System.out.println("voltages " + Arrays.toString(r.voltages()));
        System.out.println("dL/dX    " + Arrays.toString(r.gradient()));
    }
}
