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
 * The multi-step time loop of a spiking layer in autograd operations, for every neuron type: the
 * type charges the membrane ({@link NeuronType#charge}), and firing and reset follow
 * {@link NeuronSpec}.
 *
 * <p>The membrane potential exists only inside {@link #run}: nothing carries over between calls,
 * so there is no network state to reset between batches. Every step is a handful of element-wise
 * operations; each formula uses the fewest operations that still give exactly the reference values
 * (the golden cases in the test resources). The fused kernel ({@code neuron.kernel.FusedKernel})
 * computes the same spikes in one pass where the type allows it; this formulation serves every
 * option, PLIF, voltages and any device, and training under a plain gradient collector.
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
     * @param inverseTau 1/tau as an array for types that learn it (PLIF's sigmoid(w)); else {@code null}
     * @param surrogate whether spikes carry the surrogate gradient; without it they are plain
     *     Heaviside values and the step costs about half as much (inference)
     * @param recordVoltages whether to return V[t] as well (tests, diagnostics)
     */
    public Output run(NDArray x, NDArray inverseTau, boolean surrogate, boolean recordVoltages) {
        int steps = (int) x.getShape().get(0);
        NeuronType.Charge charge = spec.type().charge(spec, inverseTau);
        // split, not get(t): the backward of T selects would allocate T zero tensors of x's size
        NDList parts = charge.current(x).split(steps, 0);
        return loop(t -> parts.get(t).squeeze(0), steps, charge, surrogate, recordVoltages);
    }

    /**
     * Runs the dynamics with the same input current at every step: direct encoding of a static
     * input, whose encoder ran once.
     *
     * @param x input current [B, ...]
     * @return spikes [steps, B, ...]
     */
    public Output runRepeated(NDArray x, int steps, NDArray inverseTau, boolean surrogate, boolean recordVoltages) {
        NeuronType.Charge charge = spec.type().charge(spec, inverseTau);
        NDArray current = charge.current(x);
        return loop(t -> current, steps, charge, surrogate, recordVoltages);
    }

    private Output loop(IntFunction<NDArray> currentAt, int steps, NeuronType.Charge charge, boolean surrogate,
            boolean recordVoltages) {
        NDList spikes = new NDList(steps);
        NDList voltages = recordVoltages ? new NDList(steps) : null;
        NDArray v = null; // null: the resting potential vReset, not yet materialised
        for (int t = 0; t < steps; t++) {
            NDArray c = currentAt.apply(t);
            NDArray h = v == null ? charge.first(c) : charge.next(v, c);
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

    private static NDArray asFloat(NDArray s) {
        return s.getDataType() == DataType.BOOLEAN ? s.toType(DataType.FLOAT32, false) : s;
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
