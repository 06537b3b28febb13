/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import ai.djl.ndarray.NDArray;
import dev.snn4j.CliEnum;
import dev.snn4j.Scalars;
import dev.snn4j.neuron.kernel.FusedKernel;
import java.util.List;
import java.util.Map;

/**
 * The membrane dynamics a spiking layer follows, each type with its behaviour: how the input
 * becomes a current and the current a potential ({@link #charge}, written with array operations
 * that autograd differentiates), and, when the charge is linear and its constants fixed, the
 * constants of the fused CPU kernel ({@link #kernelConstants}). Firing and reset are the same for
 * every type (see {@link NeuronSpec}). A new neuron type is one constant here; the fused kernel
 * takes only the types that give it constants, so an unknown type can never run as another. A type
 * with hyper-parameters of its own declares them ({@link #parameters()}) and reads them with {@link
 * NeuronSpec#parameter(String)}; they are set with {@code neuron_params}.
 */
public enum NeuronType implements CliEnum {
    /** Integrate-and-fire: no leak, H[t] = V[t-1] + X[t]. */
    IF {
        @Override
        public Charge charge(NeuronSpec spec, NDArray inverseTau) {
            float vReset = (float) spec.restingPotential();
            return new Charge() {
                @Override
                public NDArray current(NDArray x) {
                    return x;
                }

                @Override
                public NDArray first(NDArray c) {
                    return vReset == 0f ? c : Scalars.add(c, vReset);
                }

                @Override
                public NDArray next(NDArray v, NDArray c) {
                    return v.add(c);
                }
            };
        }

        @Override
        public FusedKernel.Constants kernelConstants(NeuronSpec spec) {
            return constants(spec, 1f, 1f, 0f);
        }
    },
    /**
     * Leaky integrate-and-fire with a fixed time constant tau: H[t] = V[t-1] (1 - k) + C[t] with
     * k = 1/tau and C = k_in X + k vReset, k_in = k with decay_input, else 1.
     */
    LIF {
        @Override
        public Charge charge(NeuronSpec spec, NDArray inverseTau) {
            float k = (float) (1.0 / spec.tau());
            float keep = (float) (1.0 - 1.0 / spec.tau());
            float vReset = (float) spec.restingPotential();
            return new Charge() {
                @Override
                public NDArray current(NDArray x) {
                    NDArray scaled = spec.decayInput() ? Scalars.mul(x, k) : x;
                    return vReset == 0f ? scaled : Scalars.add(scaled, k * vReset);
                }

                @Override
                public NDArray first(NDArray c) {
                    // H[0] = vReset + k_in X[0]: C[0] holds k vReset, add the (1 - k) vReset left
                    return vReset == 0f ? c : Scalars.add(c, vReset * keep);
                }

                @Override
                public NDArray next(NDArray v, NDArray c) {
                    return Scalars.mul(v, keep).add(c);
                }
            };
        }

        @Override
        public FusedKernel.Constants kernelConstants(NeuronSpec spec) {
            float k = (float) (1.0 / spec.tau());
            return constants(spec, (float) (1.0 - 1.0 / spec.tau()), spec.decayInput() ? k : 1f,
                    k * (float) spec.restingPotential());
        }
    },
    /**
     * Parametric LIF (Fang et al., 2021): LIF with 1/tau = sigmoid(w), w learned per layer and
     * initialised to -ln(tau - 1). No fused kernel: tau needs its own gradient.
     */
    PLIF {
        @Override
        public Charge charge(NeuronSpec spec, NDArray inverseTau) {
            float vReset = (float) spec.restingPotential();
            NDArray keep = Scalars.add(inverseTau.neg(), 1f);
            return new Charge() {
                @Override
                public NDArray current(NDArray x) {
                    NDArray scaled = spec.decayInput() ? x.mul(inverseTau) : x;
                    return vReset == 0f ? scaled : scaled.add(Scalars.mul(inverseTau, vReset));
                }

                @Override
                public NDArray first(NDArray c) {
                    return vReset == 0f ? c : c.add(Scalars.mul(keep, vReset));
                }

                @Override
                public NDArray next(NDArray v, NDArray c) {
                    return v.mul(keep).add(c);
                }
            };
        }

        @Override
        public boolean learnsTau() {
            return true;
        }
    },
    /**
     * Quadratic integrate-and-fire (SpikingJelly's QIFNode): H[t] = V[t-1] + (X[t] + a0 (V[t-1] -
     * v_rest)(V[t-1] - v_c)) / tau. Below the critical potential v_c the membrane decays towards
     * v_rest, above it it runs away. No fused kernel: the charge is quadratic in V.
     */
    QIF(new NeuronParameter("a0", 1.0, "the quadratic term's gain (> 0)"),
            new NeuronParameter("v_c", 0.8, "the critical potential above which the membrane runs away"),
            new NeuronParameter("v_rest", 0.0, "the resting potential (>= v_reset with a hard reset)")) {
        @Override
        public Charge charge(NeuronSpec spec, NDArray inverseTau) {
            float k = (float) (1.0 / spec.tau());
            float gain = (float) (spec.parameter("a0") / spec.tau());
            float rest = (float) spec.parameter("v_rest");
            float critical = (float) spec.parameter("v_c");
            float v0 = (float) spec.restingPotential();
            return new Charge() {
                @Override
                public NDArray current(NDArray x) {
                    return Scalars.mul(x, k);
                }

                @Override
                public NDArray first(NDArray c) {
                    return Scalars.add(c, v0 + gain * (v0 - rest) * (v0 - critical));
                }

                @Override
                public NDArray next(NDArray v, NDArray c) {
                    NDArray quadratic = Scalars.add(v, -rest).mul(Scalars.add(v, -critical));
                    return v.add(c).add(Scalars.mul(quadratic, gain));
                }
            };
        }

        @Override
        void check(Map<String, Double> p, Double vReset) {
            require(p.get("a0") > 0, "a0 > 0", "a0=" + p.get("a0"));
            require(vReset == null || p.get("v_rest") >= vReset, "v_rest >= `v_reset` " + vReset,
                    "v_rest=" + p.get("v_rest"));
        }
    },
    /**
     * Exponential integrate-and-fire (SpikingJelly's EIFNode): H[t] = V[t-1] + (X[t] + v_rest -
     * V[t-1] + delta_T exp((V[t-1] - theta_rh) / delta_T)) / tau, a leak towards v_rest and an
     * exponential upswing near the rheobase theta_rh. No fused kernel: the charge is not linear.
     */
    EIF(new NeuronParameter("delta_T", 1.0, "the sharpness of the upswing (> 0)"),
            new NeuronParameter("theta_rh", 0.8, "the rheobase potential where the upswing starts"),
            new NeuronParameter("v_rest", 0.0, "the resting potential (>= v_reset with a hard reset)")) {
        @Override
        public Charge charge(NeuronSpec spec, NDArray inverseTau) {
            float k = (float) (1.0 / spec.tau());
            float sharpness = (float) spec.parameter("delta_T");
            float rheobase = (float) spec.parameter("theta_rh");
            float rest = (float) spec.parameter("v_rest");
            float v0 = (float) spec.restingPotential();
            float keep = 1f - k;
            float upswing = sharpness * k;
            return new Charge() {
                @Override
                public NDArray current(NDArray x) {
                    return Scalars.add(Scalars.mul(x, k), rest * k);
                }

                @Override
                public NDArray first(NDArray c) {
                    return Scalars.add(c, v0 * keep + upswing * (float) Math.exp((v0 - rheobase) / sharpness));
                }

                @Override
                public NDArray next(NDArray v, NDArray c) {
                    NDArray exp = Scalars.mul(Scalars.add(v, -rheobase), 1f / sharpness).exp();
                    return Scalars.mul(v, keep).add(c).add(Scalars.mul(exp, upswing));
                }
            };
        }

        @Override
        void check(Map<String, Double> p, Double vReset) {
            require(p.get("delta_T") > 0, "delta_T > 0", "delta_T=" + p.get("delta_T"));
            require(vReset == null || p.get("v_rest") >= vReset, "v_rest >= `v_reset` " + vReset,
                    "v_rest=" + p.get("v_rest"));
        }
    };

    private final List<NeuronParameter> parameters;

    NeuronType(NeuronParameter... parameters) {
        this.parameters = List.of(parameters);
    }

    /** This type's own hyper-parameters, in order (none for IF, LIF and PLIF). */
    public List<NeuronParameter> parameters() {
        return parameters;
    }

    /** Refuses parameter values (complete, finite) this type cannot use; {@code vReset} null for a soft reset. */
    void check(Map<String, Double> p, Double vReset) {}

    final void require(boolean ok, String expected, String found) {
        NeuronParameter.require(ok, this, expected, found);
    }

    /**
     * How one forward call charges the membrane, in operations autograd differentiates: the input
     * current of every step at once, the first step's potential from V[-1] = vReset, and every
     * later one from the potential after the last reset.
     */
    public interface Charge {
        /** C from X: [T, ...] for a sequence, or one current [...] repeated at every step. */
        NDArray current(NDArray x);

        /** H[0] from C[0], the membrane starting at vReset (0 for a soft reset). */
        NDArray first(NDArray c);

        /** H[t] from V[t-1] (after its reset) and C[t]. */
        NDArray next(NDArray v, NDArray c);
    }

    /**
     * The charge of one forward call.
     *
     * @param inverseTau 1/tau as an array, for types that learn tau ({@link #learnsTau()}); else {@code null}
     */
    public abstract Charge charge(NeuronSpec spec, NDArray inverseTau);

    /**
     * The fused kernel's constants of a layer of this type, or {@code null} when the type has no
     * fused implementation (the layer then always runs its autograd formulation).
     */
    public FusedKernel.Constants kernelConstants(NeuronSpec spec) {
        return null;
    }

    /** Whether the layer learns 1/tau = sigmoid(w) (a parameter {@code w} per layer). */
    public boolean learnsTau() {
        return false;
    }

    /** Whether the membrane leaks with a time constant tau; IF does not. */
    public boolean usesTau() {
        return this != IF;
    }

    /** Whether {@code decay_input} means anything: LIF and PLIF may leave the input unscaled; the others never. */
    public boolean usesDecayInput() {
        return this == LIF || this == PLIF;
    }

    /** The kernel's constants of a linear charge H = keep V + inputScale X + bias, and the spec's firing and reset. */
    static FusedKernel.Constants constants(NeuronSpec spec, float keep, float inputScale, float bias) {
        return new FusedKernel.Constants((float) spec.vThreshold(), (float) spec.restingPotential(), !spec.softReset(),
                spec.detachReset(), keep, inputScale, bias, spec.surrogate().function(), (float) spec.surrogate().alpha());
    }

    /** The lower-case name used on the command line and in config files. */
    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    /** Parses a command-line name such as {@code lif}; the error names the valid values. */
    public static NeuronType parse(String text) {
        return CliEnum.parse(NeuronType.class, "neuron", text);
    }
}
