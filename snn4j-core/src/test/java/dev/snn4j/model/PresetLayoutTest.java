/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.snn4j.neuron.NeuronSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every preset builds the parameters it built at commit d0bea75 (names, order and shapes, listed in
 * {@code fixtures/preset-parameters.txt}), so saved models of every preset still load: DJL's params
 * format is positional.
 */
class PresetLayoutTest {

    @Test
    void everyPresetKeepsItsParameterLayout() throws Exception {
        String expected = Files.readString(Path.of(PresetLayoutTest.class.getResource("/fixtures/preset-parameters.txt").toURI()));
        StringBuilder actual = new StringBuilder();
        for (ModelPreset p : ModelPreset.values()) {
            ModelSpec spec = new ModelSpec(p, NeuronSpec.defaults(), 2, p.classes(), p.sampleShape(), p.encoding());
            try (NDManager manager = NDManager.newBaseManager()) {
                SpikingModel net = ModelPreset.build(spec);
                net.initialize(manager, DataType.FLOAT32, net.inputShape(1));
                actual.append("# ").append(p.cliName()).append('\n');
                for (Pair<String, Parameter> e : net.getParameters()) {
                    actual.append(e.getKey()).append(' ').append(e.getValue().getArray().getShape()).append('\n');
                }
            }
        }
        assertEquals(expected, actual.toString());
    }
}
