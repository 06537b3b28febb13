/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.config.NeuronSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Neuron types with parameters of their own (QIF, EIF, as SpikingJelly defines them): hand-worked
 * membrane values, their defaults, the refusals, and their way through specs, settings and JSON.
 */
class NeuronTypeParametersTest {

    /** V[t] (after reset) and S[t] of one neuron fed {@code xs}, by the autograd formulation. */
    private static float[][] run(NeuronSpec spec, float... xs) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(xs, new Shape(xs.length, 1));
            NeuronDynamics.Output out = new NeuronDynamics(spec).run(x, null, false, true);
            return new float[][] {out.voltages().toFloatArray(), out.spikes().toFloatArray()};
        }
    }

    /**
     * QIF, tau 2, a0 1, v_c 0.8, v_rest 0, hard reset to -0.1: H[0] = -0.1 + (1 + (-0.1)(-0.9)) / 2
     * = 0.445; H[1] = 0.445 + (1 + 0.445 (-0.355)) / 2 = 0.8660125; H[2] = 0.8660125 + (0.3 +
     * 0.8660125 (0.0660125)) / 2 = 1.0445963, which fires and resets to -0.1.
     */
    @Test
    void qifByHand() {
        NeuronSpec qif = NeuronSpec.builder(NeuronType.QIF).hardReset(-0.1).build();
        float[][] vs = run(qif, 1f, 1f, 0.3f);
        assertArrayEquals(new float[] {0.445f, 0.8660125f, -0.1f}, vs[0], 1e-6f);
        assertArrayEquals(new float[] {0f, 0f, 1f}, vs[1], 0f);
        // a larger a0 makes the quadratic term push harder: the same input now fires at step 1
        NeuronSpec steep = qif.toBuilder().parameter("a0", 4).build();
        assertArrayEquals(new float[] {0f, 1f, 0f}, run(steep, 1f, 1.6f, 0.3f)[1], 0f);
    }

    /**
     * EIF, tau 2, delta_T 1, theta_rh 0.8, v_rest 0, hard reset to -0.1: H[0] = -0.1 + (1 + 0.1 +
     * exp(-0.9)) / 2 = 0.6532848; H[1] = 0.6532848 + (1 - 0.6532848 + exp(-0.1467152)) / 2 =
     * 1.2584124, which fires; from -0.1 again, H[2] = H[0].
     */
    @Test
    void eifByHand() {
        NeuronSpec eif = NeuronSpec.builder(NeuronType.EIF).hardReset(-0.1).build();
        float[][] vs = run(eif, 1f, 1f, 1f);
        assertArrayEquals(new float[] {0.6532848f, -0.1f, 0.6532848f}, vs[0], 1e-6f);
        assertArrayEquals(new float[] {0f, 1f, 0f}, vs[1], 0f);
    }

    @Test
    void defaultsAreSpikingJellysAndComplete() {
        NeuronSpec qif = NeuronSpec.builder(NeuronType.QIF).parameter("v_c", 0.7).build();
        assertEquals(List.of("a0", "v_c", "v_rest"), List.copyOf(qif.parameters().keySet()));
        assertEquals(1.0, qif.parameter("a0"));
        assertEquals(0.7, qif.parameter("v_c"));
        assertEquals(Map.of("delta_T", 1.0, "theta_rh", 0.8, "v_rest", 0.0),
                NeuronSpec.builder(NeuronType.EIF).build().parameters());
        assertEquals(Map.of(), NeuronSpec.defaults().parameters());
        assertEquals("qif(tau=2.0, vth=1.0, hard reset to 0.0, a0=1.0, v_c=0.7, v_rest=0.0, sigmoid:4)", qif.describe());
        Snn4jException e = assertThrows(Snn4jException.class, () -> NeuronSpec.defaults().parameter("a0"));
        assertEquals("neuron lif has no parameter 'a0'", e.getMessage());
    }

    /** The fused kernel takes neither: their charge is not linear, so they always run their autograd formulation. */
    @Test
    void theFastPathRefusesThem() {
        for (NeuronType type : List.of(NeuronType.QIF, NeuronType.EIF)) {
            NeuronSpec spec = NeuronSpec.builder(type).build();
            assertNull(type.kernelConstants(spec), type.cliName());
            assertFalse(type.usesDecayInput());
            assertTrue(type.usesTau());
        }
    }

    /** The surrogate gradient flows through the quadratic and exponential charges. */
    @Test
    void gradientsFlow() {
        for (NeuronType type : List.of(NeuronType.QIF, NeuronType.EIF)) {
            try (NDManager m = NDManager.newBaseManager()) {
                Engine.getInstance().setRandomSeed(5);
                NDArray x = m.randomNormal(new Shape(4, 3, 5)).add(0.6f);
                x.setRequiresGradient(true);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray s = new NeuronDynamics(NeuronSpec.builder(type).build()).run(x, null, true, false).spikes();
                    collector.backward(s.sum());
                }
                float[] g = x.getGradient().toFloatArray();
                double norm = 0;
                for (float v : g) {
                    assertTrue(Float.isFinite(v), type.cliName());
                    norm += v * v;
                }
                assertTrue(norm > 1e-4, type.cliName() + ": gradient norm " + norm);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            qif | foo     | 1   | neuron_params: expected parameters of qif (a0, v_c, v_rest), found 'foo'
            lif | a0      | 1   | neuron_params: expected none for lif (it has no parameters of its own), found 'a0'
            qif | a0      | 0   | neuron_params: expected a0 > 0 for qif, found a0=0.0
            qif | v_rest  | -1  | neuron_params: expected v_rest >= `v_reset` 0.0 for qif, found v_rest=-1.0
            eif | delta_T | -2  | neuron_params: expected delta_T > 0 for eif, found delta_T=-2.0
            eif | v_rest  | NaN | neuron_params: expected a finite number for v_rest, found NaN
            """)
    void badParametersAreRefusedInOneLine(String type, String name, double value, String message) {
        Snn4jException e = assertThrows(Snn4jException.class,
                () -> NeuronSpec.builder(NeuronType.parse(type)).parameter(name, value).build());
        assertEquals(message, e.getMessage());
    }

    /** A soft reset has no v_reset to compare v_rest with. */
    @Test
    void softResetTakesAnyRestingPotential() {
        NeuronSpec spec = NeuronSpec.builder(NeuronType.QIF).softReset().parameter("v_rest", -1).build();
        assertEquals(-1.0, spec.parameter("v_rest"));
    }

    /** model.json: the parameters are written for QIF and read back; a LIF spec's JSON is as before (no key). */
    @Test
    void jsonRoundTrip() {
        NeuronSpec qif = NeuronSpec.builder(NeuronType.QIF).tau(3).parameter("a0", 1.5).build();
        JsonNode json = Json.mapper().valueToTree(qif);
        assertEquals(1.5, json.get("parameters").get("a0").asDouble());
        assertEquals(qif, Json.convert(json, NeuronSpec.class, null));
        JsonNode lif = Json.mapper().valueToTree(NeuronSpec.defaults());
        assertFalse(lif.has("parameters"), lif.toString());
        assertEquals(NeuronSpec.defaults(), Json.convert(lif, NeuronSpec.class, null));
    }

    /** Settings keep what differs from the defaults; a type's change keeps only what the new type has. */
    @Test
    void settingsRoundTrip() {
        NeuronSpec qif = NeuronSpec.builder(NeuronType.QIF).parameter("a0", 1.5).parameter("v_c", 0.8).build();
        NeuronSettings settings = NeuronSettings.of(qif);
        assertEquals(Map.of("a0", 1.5), settings.neuronParams());
        assertEquals(qif, settings.toSpec());
        assertEquals(Map.of(), qif.withType(NeuronType.LIF).parameters());
        Map<String, Double> given = new LinkedHashMap<>();
        given.put("v_rest", 0.1);
        given.put("a0", 2.0);
        NeuronSpec ordered = new NeuronSpec(NeuronType.QIF, 2, 1, 0.0, true, false, qif.surrogate(), given);
        assertEquals(List.of("a0", "v_c", "v_rest"), List.copyOf(ordered.parameters().keySet()), "declaration order");
    }
}
