/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import static dev.snn4j.InvalidSettingException.require;

import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.annotation.JsonAlias;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.neuron.NeuronSpec;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a model is: its architecture, neuron, time steps, classes and the shape of one input sample.
 * A run folder records it, so {@code eval} rebuilds a preset with nothing else given; for any other
 * architecture a {@link ModelFactory} (found with {@link java.util.ServiceLoader}) or the caller's
 * own code builds the block, and snn4j loads its parameters (see {@link Models}).
 *
 * @param architecture a preset's name ({@code cnn3}, see {@link ModelPreset}), or any other name of
 *     the model's design (a {@link ModelFactory}'s, or the caller's own, e.g. {@code my-cnn})
 * @param neuron the spiking neuron injected into every spiking layer, or {@code null} when the
 *     layers differ (models built by hand)
 * @param timesteps T for direct encoding; for temporal data the frame count
 * @param numClasses number of output classes
 * @param sampleShape one sample without batch (and without time): e.g. [1, 28, 28]
 * @param encoding whether input is static (direct encoding) or a time sequence
 */
public record ModelSpec(
        @JsonAlias("preset") String architecture,
        NeuronSpec neuron,
        int timesteps,
        int numClasses,
        long[] sampleShape,
        InputEncoding encoding) {

    public ModelSpec {
        require(architecture != null && !architecture.isBlank(), "architecture", "a name", "none");
        require(encoding != null, "encoding", "direct or temporal", "none");
        require(sampleShape != null && sampleShape.length >= 1 && Arrays.stream(sampleShape).allMatch(d -> d >= 1),
                "sample_shape", "the shape of one sample, every size >= 1", sampleShape == null ? "none" : Arrays.toString(sampleShape));
        require(timesteps >= 1, "timesteps", "an integer >= 1", timesteps);
        require(numClasses >= 2, "classes", "at least 2 classes", numClasses);
        require(neuron != null || ModelPreset.find(architecture).isEmpty(), "neuron", "the neuron of preset " + architecture,
                "none");
        sampleShape = sampleShape.clone();
    }

    /** The spec of a preset. */
    public ModelSpec(ModelPreset preset, NeuronSpec neuron, int timesteps, int numClasses, long[] sampleShape,
            InputEncoding encoding) {
        this(preset.cliName(), neuron, timesteps, numClasses, sampleShape, encoding);
    }

    /** The preset this spec names, or empty for any other architecture. */
    public Optional<ModelPreset> preset() {
        return ModelPreset.find(architecture);
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

    /** A copy with another number of time steps (e.g. to evaluate at fewer steps than trained). */
    public ModelSpec withTimesteps(int newTimesteps) {
        return new ModelSpec(architecture, neuron, newTimesteps, numClasses, sampleShape, encoding);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec m
                && architecture.equals(m.architecture)
                && java.util.Objects.equals(neuron, m.neuron)
                && timesteps == m.timesteps
                && numClasses == m.numClasses
                && Arrays.equals(sampleShape, m.sampleShape)
                && encoding == m.encoding;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(architecture, neuron, timesteps, numClasses, Arrays.hashCode(sampleShape), encoding);
    }

    /** e.g. {@code cnn3, lif(tau=2.0, ...), T=4, input 1x28x28, 10 classes}. */
    public String describe() {
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < sampleShape.length; i++) {
            shape.append(i == 0 ? "" : "x").append(sampleShape[i]);
        }
        return architecture + ", " + (neuron == null ? "neurons per layer" : neuron.describe()) + ", T=" + timesteps
                + ", input " + shape + ", " + numClasses + " classes";
    }
}
