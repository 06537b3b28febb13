/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import dev.snn4j.Snn4jException;

/**
 * Everything that defines a spiking layer's dynamics. Equations (V[-1] = vReset, or 0 for soft
 * reset):
 *
 * <ul>
 *   <li>IF: H[t] = V[t-1] + X[t]
 *   <li>LIF, decayInput: H[t] = V[t-1] + (X[t] - (V[t-1] - vReset)) / tau
 *   <li>LIF, no decayInput: H[t] = V[t-1] - (V[t-1] - vReset) / tau + X[t]
 *   <li>PLIF: LIF with 1/tau = sigmoid(w), w learned, initialised to -ln(tau - 1)
 *   <li>S[t] = Heaviside(H[t] - vThreshold), Heaviside(0) = 1
 *   <li>hard reset: V[t] = H[t] (1 - S[t]) + vReset S[t]; soft reset: V[t] = H[t] - vThreshold S[t]
 * </ul>
 *
 * @param type IF, LIF or PLIF
 * @param tau membrane time constant (LIF), initial tau (PLIF); ignored by IF
 * @param vThreshold firing threshold
 * @param vReset reset potential, or {@code null} for soft reset (subtract the threshold)
 * @param decayInput whether the input is scaled by 1/tau as well (LIF, PLIF)
 * @param detachReset whether the spike used in the reset is cut from the gradient
 * @param surrogate surrogate gradient function and sharpness
 */
public record NeuronSpec(
        NeuronType type,
        double tau,
        double vThreshold,
        Double vReset,
        boolean decayInput,
        boolean detachReset,
        SurrogateSpec surrogate) {

    /**
     * A LIF neuron to adjust: {@code NeuronSpec.lif().tau(3).softReset().surrogate(Surrogate.ATAN.alpha(2)).build()}.
     * Starts from {@link #defaults()}.
     */
    public static Builder lif() {
        return new Builder(NeuronType.LIF);
    }

    /** An integrate-and-fire neuron (no leak) to adjust, from {@link #defaults()}' threshold, reset and surrogate. */
    public static Builder integrateAndFire() {
        return new Builder(NeuronType.IF);
    }

    /** A parametric LIF neuron (learned tau, {@code tau} its initial value) to adjust, from {@link #defaults()}. */
    public static Builder plif() {
        return new Builder(NeuronType.PLIF);
    }

    /** A builder of this type's neuron, for types without a shorthand. */
    public static Builder builder(NeuronType type) {
        return new Builder(type);
    }

    /** A builder holding this neuron's settings. */
    public Builder toBuilder() {
        Builder b = new Builder(type);
        b.tau = tau;
        b.vThreshold = vThreshold;
        b.vReset = vReset;
        b.decayInput = decayInput;
        b.detachReset = detachReset;
        b.surrogate = surrogate;
        return b;
    }

    /** LIF, tau 2, threshold 1, hard reset to 0, decay_input, sigmoid surrogate with alpha 4. */
    public static NeuronSpec defaults() {
        return new NeuronSpec(
                NeuronType.LIF, 2.0, 1.0, 0.0, true, false, new SurrogateSpec(Surrogate.SIGMOID, 4));
    }

    public NeuronSpec {
        if (type == null) {
            throw new Snn4jException("neuron: expected one of if, lif, plif, found none");
        }
        if (surrogate == null) {
            throw new Snn4jException("surrogate: expected NAME:ALPHA, found none");
        }
        if (type != NeuronType.IF && (!(tau > 1) || Double.isInfinite(tau))) {
            throw new Snn4jException("tau: expected a finite number > 1, found " + tau);
        }
        if (!Double.isFinite(vThreshold)) {
            throw new Snn4jException("v_threshold: expected a finite number, found " + vThreshold);
        }
        if (vReset != null && !(vReset < vThreshold)) {
            throw new Snn4jException(
                    "v_reset: expected a value below `v_threshold` " + vThreshold + ", found " + vReset);
        }
    }

    /** True when the membrane is reset by subtracting the threshold. */
    public boolean softReset() {
        return vReset == null;
    }

    /** The potential before the first step, and the reset value used by the LIF leak term. */
    public double restingPotential() {
        return vReset == null ? 0.0 : vReset;
    }

    /** The initial value of PLIF's parameter w, so that sigmoid(w) = 1/tau. */
    public double plifInitialW() {
        return -Math.log(tau - 1);
    }

    public NeuronSpec withType(NeuronType newType) {
        return new NeuronSpec(newType, tau, vThreshold, vReset, decayInput, detachReset, surrogate);
    }

    public NeuronSpec withSurrogate(SurrogateSpec newSurrogate) {
        return new NeuronSpec(type, tau, vThreshold, vReset, decayInput, detachReset, newSurrogate);
    }

    /** A short description such as {@code lif(tau=2, vth=1, hard reset to 0, sigmoid:4)}. */
    public String describe() {
        String reset = softReset() ? "soft reset" : "hard reset to " + vReset;
        String tauPart = type == NeuronType.IF ? "" : "tau=" + tau + ", ";
        return type.cliName() + "(" + tauPart + "vth=" + vThreshold + ", " + reset + ", " + surrogate + ")";
    }

    /** Builds a {@link NeuronSpec}; {@link #build()} checks it (the record's rules). */
    public static final class Builder {
        private final NeuronType type;
        private double tau = 2.0;
        private double vThreshold = 1.0;
        private Double vReset = 0.0;
        private boolean decayInput = true;
        private boolean detachReset;
        private SurrogateSpec surrogate = new SurrogateSpec(Surrogate.SIGMOID, 4);

        private Builder(NeuronType type) {
            this.type = type;
        }

        /** Membrane time constant (PLIF: its initial value); IF has none. */
        public Builder tau(double value) {
            tau = value;
            return this;
        }

        /** Firing threshold. */
        public Builder threshold(double value) {
            vThreshold = value;
            return this;
        }

        /** Reset to {@code potential} after a spike (the default: 0). */
        public Builder hardReset(double potential) {
            vReset = potential;
            return this;
        }

        /** Reset by subtracting the threshold after a spike. */
        public Builder softReset() {
            vReset = null;
            return this;
        }

        /** Whether the input is scaled by 1/tau as well (the default: true). */
        public Builder decayInput(boolean value) {
            decayInput = value;
            return this;
        }

        /** Cut the reset from the gradient. */
        public Builder detachReset() {
            detachReset = true;
            return this;
        }

        /** Surrogate gradient, e.g. {@code Surrogate.ATAN.alpha(2)} (the default: sigmoid, alpha 4). */
        public Builder surrogate(SurrogateSpec value) {
            surrogate = value;
            return this;
        }

        public NeuronSpec build() {
            return new NeuronSpec(type, tau, vThreshold, vReset, decayInput, detachReset, surrogate);
        }
    }
}
