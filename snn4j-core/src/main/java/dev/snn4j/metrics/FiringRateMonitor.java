/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.metrics;

import dev.snn4j.model.SpikingModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the spike firing rate of every spiking layer of a model while it is attached: for each
 * layer, emitted spikes divided by (neurons × time steps × samples).
 *
 * <p>ASFR, the average spike firing rate, is the mean of the per-layer rates (each layer counts
 * once, whatever its size), the reading of the TRT paper's per-layer figures.
 */
public final class FiringRateMonitor implements AutoCloseable {

    private final List<SpikingModel.NamedNeuron> layers;
    private final double[] spikes;
    private final double[] slots;

    /** Attaches to every spiking layer of {@code model}; close to detach. */
    public FiringRateMonitor(SpikingModel model) {
        this.layers = model.spikingLayers();
        this.spikes = new double[layers.size()];
        this.slots = new double[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            int index = i;
            layers.get(i).neuron().setCounter((fired, slots) -> record(index, fired, slots));
        }
    }

    private void record(int layer, double fired, long neuronSteps) {
        spikes[layer] += fired;
        slots[layer] += neuronSteps;
    }

    /** Firing rate of each layer, by name, in forward order. */
    public Map<String, Double> rates() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            out.put(layers.get(i).name(), slots[i] == 0 ? 0.0 : spikes[i] / slots[i]);
        }
        return out;
    }

    /** The mean of the per-layer firing rates. */
    public double asfr() {
        return rates().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    @Override
    public void close() {
        for (SpikingModel.NamedNeuron layer : layers) {
            layer.neuron().setCounter(null);
        }
    }
}
