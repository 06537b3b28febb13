/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import ai.djl.ndarray.types.Shape;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.neuron.NeuronSpec;
import java.util.Arrays;

/**
 * Everything needed to rebuild a model exactly: preset, neuron, time steps, classes and the shape of
 * one input sample. A run folder's config records it, so {@code eval} rebuilds a model with nothing
 * else given.
 *
 * @param preset the architecture
 * @param neuron the spiking neuron injected into every spiking layer
 * @param timesteps T for direct encoding; for temporal data the frame count
 * @param numClasses number of output classes
 * @param sampleShape one sample without batch (and without time): e.g. [1, 28, 28]
 * @param encoding whether input is static (direct encoding) or a time sequence
 */
public record ModelSpec(
        ModelPreset preset,
        NeuronSpec neuron,
        int timesteps,
        int numClasses,
        long[] sampleShape,
        InputEncoding encoding) {

    public ModelSpec {
        if (preset == null || neuron == null || encoding == null || sampleShape == null) {
            throw new IllegalArgumentException("ModelSpec: preset, neuron, sampleShape and encoding are required");
        }
        if (timesteps < 1) {
            throw new Snn4jException("--timesteps: expected an integer >= 1, found " + timesteps);
        }
        if (numClasses < 2) {
            throw new Snn4jException("model: expected at least 2 classes, found " + numClasses);
        }
        sampleShape = sampleShape.clone();
    }

    /** The input shape for a batch: [B, ...sample] (direct) or [T, B, ...sample] (temporal). */
    public Shape inputShape(long batchSize) {
        Shape sample = new Shape(sampleShape);
        return encoding == InputEncoding.DIRECT
                ? new Shape(batchSize).addAll(sample)
                : new Shape(timesteps, batchSize).addAll(sample);
    }

    @Override
    public long[] sampleShape() {
        return sampleShape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec m
                && preset == m.preset
                && neuron.equals(m.neuron)
                && timesteps == m.timesteps
                && numClasses == m.numClasses
                && Arrays.equals(sampleShape, m.sampleShape)
                && encoding == m.encoding;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(preset, neuron, timesteps, numClasses, Arrays.hashCode(sampleShape), encoding);
    }

    /** e.g. {@code cnn3, lif(tau=2.0, ...), T=4, input 1x28x28, 10 classes}. */
    public String describe() {
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < sampleShape.length; i++) {
            shape.append(i == 0 ? "" : "x").append(sampleShape[i]);
        }
        return preset.cliName() + ", " + neuron.describe() + ", T=" + timesteps + ", input " + shape + ", "
                + numClasses + " classes";
    }
}
