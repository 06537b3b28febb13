/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import dev.snn4j.Scalars;
import java.util.function.IntFunction;

/**
 * The multi-step time loop of a spiking layer, written once for IF, LIF and PLIF.
 *
 * <p>The membrane potential exists only inside {@link #run}: nothing carries over between calls,
 * so there is no network state to reset between batches. Every step is a handful of element-wise
 * operations; the loop is the hot path of an SNN, so each formula uses the fewest operations that
 * still give exactly the reference values (see {@code ../shared/golden/README.md}).
 *
 * <p>Two implementations: the autograd formulation here (every option, PLIF, voltages, any
 * device), and {@link FusedDynamics} (IF and LIF on the CPU), which computes the whole loop in one
 * pass and carries its gradient through {@link FusedBackward}. Spiking layers take the fused one
 * whenever they can: for inference, and for training steps run inside a {@link FusedBackward}
 * scope (snn4j's trainer, benchmark and attacks open one).
 */
public final class NeuronDynamics {

    private final NeuronSpec spec;
    private final float threshold;
    private final float alpha;
    private final float vReset;

    public NeuronDynamics(NeuronSpec spec) {
        this.spec = spec;
        this.threshold = (float) spec.vThreshold();
        this.alpha = (float) spec.surrogate().alpha();
        this.vReset = (float) spec.restingPotential();
    }

    public NeuronSpec spec() {
        return spec;
    }

    /** Spikes (and optionally the membrane potential after reset) for every time step. */
    public record Output(NDArray spikes, NDArray voltages) {}

    /**
     * Runs the dynamics on a sequence of input currents.
     *
     * @param x input currents [T, ...]
     * @param inverseTau 1/tau as an array (PLIF's sigmoid(w)); {@code null} for IF and LIF
     * @param surrogate whether spikes carry the surrogate gradient; without it they are plain
     *     Heaviside values and the step costs about half as much (inference)
     * @param recordVoltages whether to return V[t] as well (tests, diagnostics)
     */
    public Output run(NDArray x, NDArray inverseTau, boolean surrogate, boolean recordVoltages) {
        int steps = (int) x.getShape().get(0);
        // split, not get(t): the backward of T selects would allocate T zero tensors of x's size
        NDList parts = inputCurrent(x, inverseTau).split(steps, 0);
        return loop(t -> parts.get(t).squeeze(0), steps, inverseTau, surrogate, recordVoltages);
    }

    /**
     * Runs the dynamics with the same input current at every step: direct encoding of a static
     * input, whose encoder ran once.
     *
     * @param x input current [B, ...]
     * @return spikes [steps, B, ...]
     */
    public Output runRepeated(NDArray x, int steps, NDArray inverseTau, boolean surrogate, boolean recordVoltages) {
        NDArray current = inputCurrent(x, inverseTau);
        return loop(t -> current, steps, inverseTau, surrogate, recordVoltages);
    }

    /**
     * The part of the charge equation that does not depend on V, computed for all steps in one
     * operation: H[t] = V[t-1] (1 - k) + C[t] with C = k_in X + k vReset, where k = 1/tau and k_in
     * = k with decay_input, else 1. (IF: H[t] = V[t-1] + X[t].)
     */
    private NDArray inputCurrent(NDArray x, NDArray inverseTau) {
        switch (spec.type()) {
            case IF:
                return x;
            case LIF:
                float k = (float) (1.0 / spec.tau());
                NDArray scaled = spec.decayInput() ? Scalars.mul(x, k) : x;
                return vReset == 0f ? scaled : Scalars.add(scaled, k * vReset);
            case PLIF:
                NDArray scaledP = spec.decayInput() ? x.mul(inverseTau) : x;
                return vReset == 0f ? scaledP : scaledP.add(Scalars.mul(inverseTau, vReset));
            default:
                throw new AssertionError(spec.type());
        }
    }

    private Output loop(
            IntFunction<NDArray> currentAt, int steps, NDArray inverseTau, boolean surrogate, boolean recordVoltages) {
        NDList spikes = new NDList(steps);
        NDList voltages = recordVoltages ? new NDList(steps) : null;
        // 1 - k, the fraction of V that survives a step: an array for PLIF, a constant for LIF
        NDArray keep = spec.type() == NeuronType.PLIF ? Scalars.add(inverseTau.neg(), 1f) : null;
        float keepLif = (float) (1.0 - 1.0 / spec.tau());
        NDArray v = null; // null: the resting potential vReset, not yet materialised
        for (int t = 0; t < steps; t++) {
            NDArray c = currentAt.apply(t);
            NDArray h;
            if (v == null) {
                // H[0] = vReset + k_in X[0]: C[0] holds k vReset, add the (1 - k) vReset left
                h = spec.type() == NeuronType.IF ? addConstant(c, vReset) : firstCharge(c, keep, keepLif);
            } else if (spec.type() == NeuronType.IF) {
                h = v.add(c);
            } else {
                h = (keep == null ? Scalars.mul(v, keepLif) : v.mul(keep)).add(c);
            }
            NDArray fired = h.gte(Scalars.constant(h, threshold)); // boolean; promotes to float where it meets floats
            NDArray s;
            if (surrogate) {
                NDArray carrier = spec.surrogate().function().carrier(Scalars.sub(h, threshold), alpha);
                // forward: exactly Heaviside; backward: the surrogate derivative
                s = carrier.sub(carrier.stopGradient()).add(fired);
            } else {
                s = fired.toType(DataType.FLOAT32, false);
            }
            v = reset(h, spec.detachReset() ? fired : s);
            spikes.add(s);
            if (recordVoltages) {
                voltages.add(v);
            }
        }
        return new Output(NDArrays.stack(spikes), recordVoltages ? NDArrays.stack(voltages) : null);
    }

    private NDArray firstCharge(NDArray c, NDArray keep, float keepLif) {
        if (vReset == 0f) {
            return c;
        }
        return keep == null ? Scalars.add(c, vReset * keepLif) : c.add(Scalars.mul(keep, vReset));
    }

    private static NDArray asFloat(NDArray s) {
        return s.getDataType() == DataType.BOOLEAN ? s.toType(DataType.FLOAT32, false) : s;
    }

    private static NDArray addConstant(NDArray x, float c) {
        return c == 0f ? x : Scalars.add(x, c);
    }

    /** Hard or soft reset; {@code s} may be a float spike (with gradient) or a boolean mask. */
    private NDArray reset(NDArray h, NDArray s) {
        if (spec.softReset()) {
            return threshold == 1f ? h.sub(asFloat(s)) : h.sub(Scalars.mul(asFloat(s), threshold));
        }
        if (vReset == 0f) {
            return h.sub(h.mul(s)); // = H (1 - S), exact for S in {0, 1}
        }
        return h.sub(h.mul(s)).add(Scalars.mul(asFloat(s), vReset));
    }
}
