/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import dev.snn4j.Snn4jException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SurrogateTest {

    private static final double[] ALPHAS = {0.5, 1, 2, 4, 10};

    /** snn4j's own erfc (the core has no math library) agrees with Apache Commons Math's to 1e-14. */
    @Test
    void erfcMatchesCommonsMath() {
        for (double x = -7; x <= 30; x += 0.00731) {
            double expected = org.apache.commons.math3.special.Erf.erfc(x);
            assertEquals(expected, Surrogate.erfc(x), 1e-14 + 1e-12 * expected, "erfc(" + x + ")");
        }
        assertEquals(2.0, Surrogate.erfc(-1e7), 0);
        assertEquals(0.0, Surrogate.erfc(1e7), 0);
    }

    /** The analytic derivative agrees with a float64 central finite difference of the primitive. */
    @ParameterizedTest
    @EnumSource(Surrogate.class)
    void derivativeMatchesFiniteDifferenceOfPrimitive(Surrogate s) {
        double h = 1e-6;
        for (double alpha : ALPHAS) {
            for (double x = -3; x <= 3; x += 0.0371) {
                if (s == Surrogate.PIECEWISE_QUADRATIC && Math.abs(Math.abs(x) - 1 / alpha) < 2 * h) {
                    continue; // the primitive has a kink in its second derivative there, not in its first
                }
                if (s == Surrogate.RECTANGLE && Math.abs(Math.abs(x) - 0.5 / alpha) < 2 * h) {
                    continue; // the window's edge: the primitive has a kink there, its derivative a jump
                }
                double fd = (s.primitive(x + h, alpha) - s.primitive(x - h, alpha)) / (2 * h);
                assertEquals(fd, s.derivative(x, alpha), 1e-6, s + " alpha=" + alpha + " x=" + x);
            }
        }
    }

    /**
     * The float gradients of the fused kernel agree with the float64 derivative: relative error
     * below 2e-5 wherever the derivative matters (|alpha x| <= 20), absolute below 1e-8 beyond.
     */
    @ParameterizedTest
    @EnumSource(Surrogate.class)
    void floatGradientsMatchTheDerivative(Surrogate s) {
        for (double alpha : ALPHAS) {
            float[] xs = new float[8001];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = (float) ((i - 4000) * 0.01 / alpha * 3); // alpha x from -120 to 120
            }
            float[] g = xs.clone();
            s.gradients(g, g.length, (float) alpha);
            for (int i = 0; i < xs.length; i++) {
                double exact = s.derivative(xs[i], (float) alpha);
                double tolerance = Math.abs(alpha * xs[i]) <= 20 ? 2e-5 * exact + 1e-12 : 1e-8;
                assertEquals(exact, g[i], tolerance, s + " alpha=" + alpha + " x=" + xs[i]);
            }
        }
    }

    /** The primitive runs from 0 to 1, as a smoothed step should. */
    @ParameterizedTest
    @EnumSource(Surrogate.class)
    void primitiveIsASmoothStep(Surrogate s) {
        assertEquals(0.0, s.primitive(-1e7, 4), 1e-7);
        assertEquals(0.5, s.primitive(0, 4), 1e-12);
        assertEquals(1.0, s.primitive(1e7, 4), 1e-7);
    }

    /**
     * Through DJL's autograd, the composed spike is exactly Heaviside forwards and has the surrogate
     * derivative backwards.
     */
    @ParameterizedTest
    @EnumSource(Surrogate.class)
    void composedSpikeHasHeavisideForwardAndSurrogateBackward(Surrogate s) {
        float alpha = 2.5f;
        float[] xs = new float[401];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -2f + i * 0.01f;
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(xs);
            x.setRequiresGradient(true);
            NDArray spikes;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray fired = x.gte(0f).toType(DataType.FLOAT32, false);
                NDArray carrier = s.carrier(x, alpha);
                spikes = fired.add(carrier.sub(carrier.stopGradient()));
                collector.backward(spikes.sum());
            }
            float[] forward = spikes.toFloatArray();
            float[] grad = x.getGradient().toFloatArray();
            for (int i = 0; i < xs.length; i++) {
                assertEquals(xs[i] >= 0 ? 1f : 0f, forward[i], 0f, "forward at x=" + xs[i]);
                if (s == Surrogate.RECTANGLE && Math.abs(Math.abs(xs[i]) - 0.5 / alpha) < 1e-6) {
                    continue; // on the window's edge, float and double may round to different sides
                }
                assertEquals(s.derivative(xs[i], alpha), grad[i], 1e-5, s + " gradient at x=" + xs[i]);
            }
        }
    }

    @Test
    void specParsesNameAndAlpha() {
        assertEquals(new SurrogateSpec(Surrogate.ATAN, 2.5), SurrogateSpec.parse("atan:2.5"));
        assertEquals(new SurrogateSpec(Surrogate.SIGMOID, 4), SurrogateSpec.parse("sigmoid"));
        assertEquals("piecewise_quadratic:1", SurrogateSpec.parse("piecewise_quadratic:1").toString());
        Snn4jException e = assertThrows(Snn4jException.class, () -> SurrogateSpec.parse("tanh:2"));
        assertEquals(
                "surrogate: expected one of sigmoid, atan, piecewise_quadratic, erf, rectangle, found 'tanh'", e.getMessage());
        assertThrows(Snn4jException.class, () -> SurrogateSpec.parse("erf:-1"));
        assertThrows(Snn4jException.class, () -> SurrogateSpec.parse("erf:x"));
    }

    /** STBP's window by hand: alpha = 2 is height 2 on |x| <= 1/4, edges included, 0 outside; ramp primitive. */
    @Test
    void rectangleByHand() {
        float[] x = {-0.3f, -0.25f, 0f, 0.1f, 0.25f, 0.2501f, Float.NaN};
        Surrogate.RECTANGLE.gradients(x, x.length, 2f);
        assertArrayEquals(new float[] {0f, 2f, 2f, 2f, 2f, 0f, 0f}, x, 0f);
        assertEquals(0.3, Surrogate.RECTANGLE.primitive(-0.1, 2), 1e-15);
        assertEquals(0.0, Surrogate.RECTANGLE.primitive(-0.25, 2), 0);
        assertEquals(1.0, Surrogate.RECTANGLE.primitive(0.3, 2), 0);
        assertEquals(new SurrogateSpec(Surrogate.RECTANGLE, 1), SurrogateSpec.parse("rectangle"));
    }
}
