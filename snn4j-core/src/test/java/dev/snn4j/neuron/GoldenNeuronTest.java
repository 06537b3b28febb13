/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import dev.snn4j.neuron.kernel.FusedBackward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snn4j.GoldenCases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance with reference values computed in float64 by SpikingJelly (test resources
 * {@code golden/neurons}, see {@code golden/README.md}): spikes exactly, voltages and gradients within 1e-4.
 */
class GoldenNeuronTest {

    private static final double TOLERANCE = 1e-4;
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> goldenCases() {
        return GoldenCases.of("neurons", "SNN4J_GOLDEN_DIR", 5);
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCase() {
        List<Path> cases = goldenCases();
        assertFalse(cases.isEmpty(), "no golden neuron case found");
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    /** The same cases through the fused kernel (IF and LIF; PLIF learns tau and is not fused). */
    @TestFactory
    Stream<DynamicTest> everyGoldenCaseFused() {
        return goldenCases().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> checkFused(p)));
    }

    private static NeuronSpec spec(JsonNode c) {
        JsonNode p = c.get("params");
        Double vReset = p.get("v_reset").isNull() ? null : p.get("v_reset").asDouble();
        return new NeuronSpec(
                NeuronType.parse(c.get("neuron").asText()),
                p.get("tau").asDouble(),
                p.get("v_threshold").asDouble(),
                vReset,
                p.get("decay_input").asBoolean(),
                p.get("detach_reset").asBoolean(),
                new SurrogateSpec(Surrogate.parse(p.get("surrogate").asText()), p.get("alpha").asDouble()));
    }

    private static void checkFused(Path file) throws IOException {
        JsonNode c = JSON.readTree(file.toFile());
        NeuronSpec spec = spec(c);
        if (spec.type().kernelConstants(spec) == null) {
            return;
        }
        int steps = c.get("shape").get(0).asInt();
        int n = c.get("shape").get(1).asInt();
        try (NDManager manager = NDManager.newBaseManager()) {
            SpikingNeuron neuron = SpikingNeuron.builder().setSpec(spec).build();
            neuron.initialize(manager, DataType.FLOAT32, new Shape(steps, n));
            NDArray x = manager.create(floats(c.get("input")), new Shape(steps, n));
            NDArray g = manager.create(floats(c.get("grad_output")), new Shape(steps, n));
            x.setRequiresGradient(true);
            NDArray spikes;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector();
                    FusedBackward backward = FusedBackward.open()) {
                // a graph before the layer, so that the gradient must cross the fused cut
                NDArray current = x.mul(manager.create(1f));
                spikes = neuron.forward(new ParameterStore(manager, false), new NDList(current), true).singletonOrThrow();
                assertTrue(spikes.hasGradient(), "the fused path was taken");
                backward.backward(spikes.mul(g).sum());
            }
            assertClose(c.get("spikes"), spikes.toFloatArray(), "spikes", 0.0);
            assertClose(c.get("grad_input"), x.getGradient().toFloatArray(), "grad_input", TOLERANCE);
        }
    }

    private static void check(Path file) throws IOException {
        JsonNode c = JSON.readTree(file.toFile());
        NeuronSpec spec = spec(c);
        int steps = c.get("shape").get(0).asInt();
        int n = c.get("shape").get(1).asInt();
        try (NDManager manager = NDManager.newBaseManager()) {
            SpikingNeuron neuron = SpikingNeuron.builder().setSpec(spec).build();
            neuron.initialize(manager, DataType.FLOAT32, new Shape(steps, n));
            if (c.has("w")) {
                float w = neuron.plifWeight().getArray().getFloat(0);
                assertEquals(c.get("w").asDouble(), w, 1e-6, "initial w = -ln(tau - 1)");
            }
            NDArray x = manager.create(floats(c.get("input")), new Shape(steps, n));
            NDArray g = manager.create(floats(c.get("grad_output")), new Shape(steps, n));
            x.setRequiresGradient(true);
            NeuronDynamics.Output out;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                out = neuron.forwardWithVoltages(new ParameterStore(manager, false), x, true);
                collector.backward(out.spikes().mul(g).sum());
            }
            float[] spikes = out.spikes().toFloatArray();
            float[] expectedSpikes = floats(c.get("spikes"));
            for (int i = 0; i < spikes.length; i++) {
                assertEquals(expectedSpikes[i], spikes[i], 0.0, "spike " + i + " (t=" + i / n + ")");
            }
            assertClose(c.get("v_seq"), out.voltages().toFloatArray(), "v_seq");
            assertClose(c.get("grad_input"), x.getGradient().toFloatArray(), "grad_input");
            if (c.has("grad_w")) {
                NDArray gradW = neuron.plifWeight().getArray().getGradient();
                assertNotNull(gradW);
                assertEquals(c.get("grad_w").asDouble(), gradW.getFloat(0), TOLERANCE, "grad_w");
            }
        }
    }

    private static void assertClose(JsonNode expected, float[] actual, String what) {
        assertClose(expected, actual, what, TOLERANCE);
    }

    private static void assertClose(JsonNode expected, float[] actual, String what, double tolerance) {
        assertEquals(expected.size(), actual.length, what + " length");
        for (int i = 0; i < actual.length; i++) {
            assertEquals(expected.get(i).asDouble(), actual[i], tolerance, what + "[" + i + "]");
        }
    }

    private static float[] floats(JsonNode array) {
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) array.get(i).asDouble();
        }
        return out;
    }
}
