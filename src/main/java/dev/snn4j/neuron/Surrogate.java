package dev.snn4j.neuron;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import dev.snn4j.CliEnum;
import dev.snn4j.Scalars;
import org.apache.commons.math3.special.Erf;

/**
 * Surrogate gradients: the forward pass of a spike is exactly Heaviside, the backward pass uses the
 * derivative of a smooth primitive with sharpness {@code alpha}.
 *
 * <p>DJL has no custom-backward API, so a spike is composed as {@code heaviside(x) + (g(x) -
 * stopGradient(g(x)))}: the bracket is exactly zero in the forward pass and carries the gradient
 * {@code g'(x)} in the backward pass. {@link #carrier} returns such a {@code g}; it equals the
 * primitive up to an additive constant, which cancels.
 */
public enum Surrogate implements CliEnum {
    /** dS/dx = alpha * sigmoid(alpha x) * (1 - sigmoid(alpha x)). */
    SIGMOID {
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
    },
    /** dS/dx = (alpha / 2) / (1 + (pi/2 * alpha * x)^2). */
    ATAN {
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
    },
    /** dS/dx = alpha - alpha^2 |x| for |x| <= 1/alpha, else 0. */
    PIECEWISE_QUADRATIC {
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
    },
    /** dS/dx = alpha / sqrt(pi) * exp(-(alpha x)^2). */
    ERF {
        @Override
        public double primitive(double x, double alpha) {
            return Erf.erfc(-alpha * x) / 2;
        }

        @Override
        public double derivative(double x, double alpha) {
            return alpha / Math.sqrt(Math.PI) * Math.exp(-(alpha * x) * (alpha * x));
        }

        @Override
        public NDArray carrier(NDArray x, float alpha) {
            return Scalars.mul(Scalars.mul(x, alpha).erf(), 0.5f);
        }
    };

    /** The smooth primitive, in float64, whose derivative is the surrogate gradient. */
    public abstract double primitive(double x, double alpha);

    /** The surrogate gradient dS/dx in float64. */
    public abstract double derivative(double x, double alpha);

    /**
     * A differentiable array whose gradient with respect to {@code x} is the surrogate derivative;
     * its values are the primitive's up to a constant (only its gradient is used).
     */
    public abstract NDArray carrier(NDArray x, float alpha);

    /** The lower-case name used on the command line, e.g. {@code piecewise_quadratic}. */
    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    /** Parses a command-line name; the error names the valid values. */
    public static Surrogate parse(String text) {
        return CliEnum.parse(Surrogate.class, "--surrogate", text);
    }
}
