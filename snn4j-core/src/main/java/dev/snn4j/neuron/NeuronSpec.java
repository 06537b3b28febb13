/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.snn4j.CliEnum;
import dev.snn4j.Snn4jException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that defines a spiking layer's dynamics. Equations (V[-1] = vReset, or 0 for soft
 * reset):
 *
 * <ul>
 *   <li>IF: H[t] = V[t-1] + X[t]
 *   <li>LIF, decayInput: H[t] = V[t-1] + (X[t] - (V[t-1] - vReset)) / tau
 *   <li>LIF, no decayInput: H[t] = V[t-1] - (V[t-1] - vReset) / tau + X[t]
 *   <li>PLIF: LIF with 1/tau = sigmoid(w), w learned, initialised to -ln(tau - 1)
 *   <li>QIF: H[t] = V[t-1] + (X[t] + a0 (V[t-1] - v_rest)(V[t-1] - v_c)) / tau
 *   <li>EIF: H[t] = V[t-1] + (X[t] + v_rest - V[t-1] + delta_T exp((V[t-1] - theta_rh) / delta_T)) / tau
 *   <li>S[t] = Heaviside(H[t] - vThreshold), Heaviside(0) = 1
 *   <li>hard reset: V[t] = H[t] (1 - S[t]) + vReset S[t]; soft reset: V[t] = H[t] - vThreshold S[t]
 * </ul>
 *
 * @param type IF, LIF, PLIF, QIF or EIF
 * @param tau membrane time constant (LIF, QIF, EIF), initial tau (PLIF); ignored by IF
 * @param vThreshold firing threshold
 * @param vReset reset potential, or {@code null} for soft reset (subtract the threshold)
 * @param decayInput whether the input is scaled by 1/tau as well (LIF, PLIF; the others ignore it)
 * @param detachReset whether the spike used in the reset is cut from the gradient
 * @param surrogate surrogate gradient function and sharpness
 * @param parameters the type's own hyper-parameters ({@link NeuronType#parameters()}), every one of
 *     them: those not given get their defaults (empty for IF, LIF and PLIF; {@code null} is empty)
 */
public record NeuronSpec(
        NeuronType type,
        double tau,
        double vThreshold,
        Double vReset,
        boolean decayInput,
        boolean detachReset,
        SurrogateSpec surrogate,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> parameters) {

    /** A neuron whose type has no parameters of its own, or with that type's defaults. */
    public NeuronSpec(NeuronType type, double tau, double vThreshold, Double vReset, boolean decayInput,
            boolean detachReset, SurrogateSpec surrogate) {
        this(type, tau, vThreshold, vReset, decayInput, detachReset, surrogate, Map.of());
    }

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
        b.parameters.putAll(parameters);
        return b;
    }

    /** LIF, tau 2, threshold 1, hard reset to 0, decay_input, sigmoid surrogate with alpha 4. */
    public static NeuronSpec defaults() {
        return new NeuronSpec(
                NeuronType.LIF, 2.0, 1.0, 0.0, true, false, new SurrogateSpec(Surrogate.SIGMOID, 4));
    }

    public NeuronSpec {
        if (type == null) {
            throw new Snn4jException("neuron: expected one of " + CliEnum.names(NeuronType.class) + ", found none");
        }
        if (surrogate == null) {
            throw new Snn4jException("surrogate: expected NAME:ALPHA, found none");
        }
        if (type.usesTau() && (!(tau > 1) || Double.isInfinite(tau))) {
            throw new Snn4jException("tau: expected a finite number > 1, found " + tau);
        }
        if (!Double.isFinite(vThreshold)) {
            throw new Snn4jException("v_threshold: expected a finite number, found " + vThreshold);
        }
        if (vReset != null && !(vReset < vThreshold)) {
            throw new Snn4jException(
                    "v_reset: expected a value below `v_threshold` " + vThreshold + ", found " + vReset);
        }
        parameters = NeuronParameter.complete(type, parameters == null ? Map.of() : parameters, vReset);
    }

    /**
     * The value of one of the type's own hyper-parameters.
     *
     * @throws Snn4jException when the type has no such parameter
     */
    public double parameter(String name) {
        Double value = parameters.get(name);
        if (value == null) {
            throw new Snn4jException("neuron " + type.cliName() + " has no parameter '" + name + "'");
        }
        return value;
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

    /** This neuron as {@code newType}, with that type's default parameters (or these, for the same type). */
    public NeuronSpec withType(NeuronType newType) {
        return new NeuronSpec(newType, tau, vThreshold, vReset, decayInput, detachReset, surrogate,
                newType == type ? parameters : Map.of());
    }

    public NeuronSpec withSurrogate(SurrogateSpec newSurrogate) {
        return new NeuronSpec(type, tau, vThreshold, vReset, decayInput, detachReset, newSurrogate, parameters);
    }

    /** A short description such as {@code lif(tau=2, vth=1, hard reset to 0, sigmoid:4)}. */
    public String describe() {
        String reset = softReset() ? "soft reset" : "hard reset to " + vReset;
        String tauPart = !type.usesTau() ? "" : "tau=" + tau + ", ";
        StringBuilder own = new StringBuilder();
        parameters.forEach((k, v) -> own.append(k).append('=').append(v).append(", "));
        return type.cliName() + "(" + tauPart + "vth=" + vThreshold + ", " + reset + ", " + own + surrogate + ")";
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
        private final Map<String, Double> parameters = new LinkedHashMap<>();

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

        /** One of the type's own hyper-parameters, e.g. QIF's {@code parameter("a0", 1.5)}. */
        public Builder parameter(String name, double value) {
            parameters.put(name, value);
            return this;
        }

        public NeuronSpec build() {
            return new NeuronSpec(type, tau, vThreshold, vReset, decayInput, detachReset, surrogate, parameters);
        }
    }
}
