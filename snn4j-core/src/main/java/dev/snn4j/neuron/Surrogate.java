/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import dev.snn4j.CliEnum;
import dev.snn4j.Scalars;
import dev.snn4j.neuron.kernel.FusedKernel;

/**
 * Surrogate gradients: the forward pass of a spike is exactly Heaviside, the backward pass uses the
 * derivative of a smooth primitive with sharpness {@code alpha}.
 *
 * <p>DJL has no custom-backward API, so a spike is composed as {@code heaviside(x) + (g(x) -
 * stopGradient(g(x)))}: the bracket is exactly zero in the forward pass and carries the gradient
 * {@code g'(x)} in the backward pass. {@link #carrier} returns such a {@code g}; it equals the
 * primitive up to an additive constant, which cancels.
 */
public enum Surrogate implements CliEnum, FusedKernel.SurrogateGradient {
    /** dS/dx = alpha * sigmoid(alpha x) * (1 - sigmoid(alpha x)). */
    SIGMOID(4) {
        @Override
        public double primitive(double x, double alpha) {
            return 1.0 / (1.0 + Math.exp(-alpha * x));
        }

        @Override
        public double derivative(double x, double alpha) {
            double s = primitive(x, alpha);
            return alpha * s * (1 - s);
        }

        @Override
        public NDArray carrier(NDArray x, float alpha) {
            return Activation.sigmoid(Scalars.mul(x, alpha));
        }

        @Override
        public void gradients(float[] x, int len, float alpha) {
            // sigmoid'(u) = e / (1 + e)^2 with e = exp(-|u|), symmetric in u
            for (int i = 0; i < len; i++) {
                float e = expNegative(Math.abs(alpha * x[i]));
                float d = 1f + e;
                x[i] = alpha * e / (d * d);
            }
        }
    },
    /** dS/dx = (alpha / 2) / (1 + (pi/2 * alpha * x)^2). */
    ATAN(2) {
        @Override
        public double primitive(double x, double alpha) {
            return Math.atan(Math.PI / 2 * alpha * x) / Math.PI + 0.5;
        }

        @Override
        public double derivative(double x, double alpha) {
            double u = Math.PI / 2 * alpha * x;
            return alpha / 2 / (1 + u * u);
        }

        @Override
        public NDArray carrier(NDArray x, float alpha) {
            return Scalars.mul(Scalars.mul(x, (float) (Math.PI / 2 * alpha)).atan(), (float) (1 / Math.PI));
        }

        @Override
        public void gradients(float[] x, int len, float alpha) {
            float scale = (float) (Math.PI / 2 * alpha);
            float half = alpha / 2f;
            for (int i = 0; i < len; i++) {
                float u = scale * x[i];
                x[i] = half / (1f + u * u);
            }
        }
    },
    /** dS/dx = alpha - alpha^2 |x| for |x| &lt;= 1/alpha, else 0. */
    PIECEWISE_QUADRATIC(1) {
        @Override
        public double primitive(double x, double alpha) {
            if (x < -1 / alpha) {
                return 0;
            }
            if (x > 1 / alpha) {
                return 1;
            }
            return -alpha * alpha / 2 * Math.abs(x) * x + alpha * x + 0.5;
        }

        @Override
        public double derivative(double x, double alpha) {
            return Math.abs(x) <= 1 / alpha ? alpha - alpha * alpha * Math.abs(x) : 0;
        }

        @Override
        public NDArray carrier(NDArray x, float alpha) {
            // clip() passes no gradient outside [-1/alpha, 1/alpha], where the derivative is 0
            NDArray u = x.clip(-1f / alpha, 1f / alpha);
            return Scalars.mul(u, alpha).sub(Scalars.mul(u.abs().mul(u), alpha * alpha / 2f));
        }

        @Override
        public void gradients(float[] x, int len, float alpha) {
            float square = alpha * alpha;
            for (int i = 0; i < len; i++) {
                x[i] = Math.max(0f, alpha - square * Math.abs(x[i])); // 0 exactly where |x| >= 1/alpha
            }
        }
    },
    /** dS/dx = alpha / sqrt(pi) * exp(-(alpha x)^2). */
    ERF(2) {
        @Override
        public double primitive(double x, double alpha) {
            return erfc(-alpha * x) / 2;
        }

        @Override
        public double derivative(double x, double alpha) {
            return alpha / Math.sqrt(Math.PI) * Math.exp(-(alpha * x) * (alpha * x));
        }

        @Override
        public NDArray carrier(NDArray x, float alpha) {
            return Scalars.mul(Scalars.mul(x, alpha).erf(), 0.5f);
        }

        @Override
        public void gradients(float[] x, int len, float alpha) {
            float scale = (float) (alpha / Math.sqrt(Math.PI));
            for (int i = 0; i < len; i++) {
                float u = alpha * x[i];
                x[i] = scale * expNegative(u * u);
            }
        }
    },
    /**
     * The rectangular window of STBP (Wu et al., 2018): dS/dx = alpha for |x| &lt;= 1/(2 alpha), else
     * 0 (height alpha, width 1/alpha, area 1; STBP's a is 1/alpha). Its primitive is the ramp
     * clip(alpha x + 1/2, 0, 1). (The triangle window of Esser et al. and Bellec et al. is {@link
     * #PIECEWISE_QUADRATIC}'s gradient.)
     */
    RECTANGLE(1) {
        @Override
        public double primitive(double x, double alpha) {
            return Math.min(1, Math.max(0, alpha * x + 0.5));
        }

        @Override
        public double derivative(double x, double alpha) {
            return Math.abs(x) <= 0.5 / alpha ? alpha : 0;
        }

        @Override
        public NDArray carrier(NDArray x, float alpha) {
            // clip() passes the gradient 1 inside [-w, w] (edges included) and 0 outside
            float w = 0.5f / alpha;
            return Scalars.mul(x.clip(-w, w), alpha);
        }

        @Override
        public void gradients(float[] x, int len, float alpha) {
            float w = 0.5f / alpha;
            for (int i = 0; i < len; i++) {
                x[i] = Math.abs(x[i]) <= w ? alpha : 0f;
            }
        }
    };

    private final double defaultAlpha;

    Surrogate(double defaultAlpha) {
        this.defaultAlpha = defaultAlpha;
    }

    /** The sharpness SpikingJelly uses by default for this function (what {@code NAME} alone means). */
    public double defaultAlpha() {
        return defaultAlpha;
    }

    /** This function with sharpness {@code alpha}, e.g. {@code Surrogate.ATAN.alpha(2)}. */
    public SurrogateSpec alpha(double alpha) {
        return new SurrogateSpec(this, alpha);
    }

    /** The smooth primitive, in float64, whose derivative is the surrogate gradient. */
    public abstract double primitive(double x, double alpha);

    /** The surrogate gradient dS/dx in float64. */
    public abstract double derivative(double x, double alpha);

    /**
     * A differentiable array whose gradient with respect to {@code x} is the surrogate derivative;
     * its values are the primitive's up to a constant (only its gradient is used).
     */
    public abstract NDArray carrier(NDArray x, float alpha);

    /**
     * Replaces {@code x[0..len)} by the surrogate gradient at each value, in float (the fused
     * kernel's backward pass). Written as plain loops of arithmetic so that the JIT vectorises them.
     */
    @Override
    public abstract void gradients(float[] x, int len, float alpha);

    /**
     * exp(-a) for a >= 0, as straight-line float arithmetic that the JIT can vectorise (Math.exp
     * cannot be): exp(-a/64) by its Taylor series to degree 9, then squared six times. Relative
     * error below 2e-5 for a <= 20 (the squarings multiply the polynomial's rounding by 64); for
     * larger a the value is below 3e-9 and its absolute error smaller still. a is capped at 88,
     * where exp(-a) is below float's normal range anyway.
     */
    static float expNegative(float a) {
        float r = Math.min(a, 88f) * (1f / 64f);
        float p = 1f - r * (1f - r * (1f / 2 - r * (1f / 6 - r * (1f / 24 - r * (1f / 120 - r * (1f / 720
                - r * (1f / 5040 - r * (1f / 40320 - r * (1f / 362880)))))))));
        p = p * p;
        p = p * p;
        p = p * p;
        p = p * p;
        p = p * p;
        return p * p;
    }

    /**
     * The complementary error function in float64 (about 1e-15 relative error): below 3 as 1 minus
     * erf's series of positive terms, erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (2n+1)!!,
     * from 3 on by its continued fraction; negative arguments by erfc(-x) = 2 - erfc(x).
     */
    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        double square = x * x;
        if (x < 3) {
            double term = x;
            double sum = x;
            for (int n = 1; term > sum * 1e-17; n++) {
                term *= 2 * square / (2 * n + 1);
                sum += term;
            }
            return 1 - 2 / Math.sqrt(Math.PI) * Math.exp(-square) * sum;
        }
        // erfc(x) = exp(-x^2) / sqrt(pi) / (x + (1/2) / (x + 1 / (x + (3/2) / (x + ...)))), from its tail
        double f = x;
        for (int k = 80; k >= 1; k--) {
            f = x + k / 2.0 / f;
        }
        return Math.exp(-square) / Math.sqrt(Math.PI) / f;
    }

    /** The lower-case name used on the command line, e.g. {@code piecewise_quadratic}. */
    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    /** Parses a command-line name; the error names the valid values. */
    public static Surrogate parse(String text) {
        return CliEnum.parse(Surrogate.class, "surrogate", text);
    }
}
