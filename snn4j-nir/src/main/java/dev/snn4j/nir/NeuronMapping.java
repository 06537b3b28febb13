/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import dev.snn4j.Snn4jException;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.NeuronType;
import dev.snn4j.neuron.SurrogateSpec;
import java.util.List;

/**
 * snn4j's spiking layers as NIR neurons and back, for a time step of {@code dt} seconds.
 *
 * <p>NIR's LIF is the ODE tau dv/dt = (v_leak - v) + R I. Our reading, forward Euler with one
 * snn4j step = dt (as snnTorch's and Norse's NIR bridges discretise it):
 * v[t] = v[t-1] + (dt / tau) (v_leak - v[t-1] + R I[t]). SpikingJelly's LIF (snn4j's) with
 * decay_input is that with tau = tau_steps · dt, R = 1 and v_leak = v_reset; without decay_input,
 * R = tau / dt. NIR's IF, dv/dt = R I, becomes v[t] = v[t-1] + dt R I[t]: snn4j's IF
 * (H = V + X) has R = 1 / dt. PLIF is written as the LIF of its learned tau = 1 / sigmoid(w).
 *
 * <p>What does not map: soft reset (NIR's IF and LIF reset to v_reset), and on import per-neuron
 * parameters that differ within a layer (snn4j has one value per layer), v_leak != v_reset, and
 * an R that is neither of the two above. NIR fires on v &gt; v_threshold, snn4j (SpikingJelly) on
 * v &gt;= v_threshold: the two differ only where the potential equals the threshold exactly.
 */
final class NeuronMapping {

    /** Relative tolerance for "the same value" when reading float32 parameters. */
    private static final double TOLERANCE = 1e-5;

    private NeuronMapping() {}

    /**
     * The NIR node of a layer with {@code spec} on maps of {@code shape}.
     *
     * @param inverseTau PLIF's learned 1/tau (sigmoid(w)); ignored for IF and LIF
     * @param where the layer's name for error messages
     */
    static NirNode toNir(NeuronSpec spec, double inverseTau, long[] shape, double dt, String where) {
        if (!List.of(NeuronType.IF, NeuronType.LIF, NeuronType.PLIF).contains(spec.type())) {
            throw new Snn4jException(where + ": neuron " + spec.type().cliName() + " has no NIR counterpart; NIR's"
                    + " neurons are IF, LIF and CubaLIF (snn4j exports if, lif and plif)");
        }
        if (spec.softReset()) {
            throw new Snn4jException(where + ": soft reset (subtract the threshold) has no NIR counterpart; NIR's IF and LIF"
                    + " reset to v_reset (train with --v-reset 0 to export)");
        }
        float threshold = (float) spec.vThreshold();
        float reset = (float) spec.restingPotential();
        if (spec.type() == NeuronType.IF) {
            return new NirNode.If(NirArray.full(shape, (float) (1 / dt)), NirArray.full(shape, threshold),
                    NirArray.full(shape, reset));
        }
        double tauSteps = spec.type() == NeuronType.PLIF ? 1 / inverseTau : spec.tau();
        float r = spec.decayInput() ? 1f : (float) tauSteps;
        return new NirNode.Lif(NirArray.full(shape, (float) (tauSteps * dt)), NirArray.full(shape, r),
                NirArray.full(shape, reset), NirArray.full(shape, threshold), NirArray.full(shape, reset));
    }

    /** The snn4j neuron of a NIR LIF or IF node (surrogate sigmoid:4, which inference never uses). */
    static NeuronSpec fromNir(NirNode node, double dt, String where) {
        SurrogateSpec surrogate = SurrogateSpec.parse("sigmoid:4");
        if (node instanceof NirNode.If n) {
            double gain = uniform(n.r(), where, "r") * dt;
            if (!close(gain, 1)) {
                throw new Snn4jException(where + ": IF with r·dt = " + num(gain) + "; snn4j's IF adds its input unscaled"
                        + " (H = V + X), which needs r = 1/dt = " + num(1 / dt) + " (is --dt " + num(dt) + " right for this file?)");
            }
            return spec(NeuronType.IF, 2, n.vThreshold(), n.vReset(), true, surrogate, where);
        }
        NirNode.Lif n = (NirNode.Lif) node;
        double tauSteps = (float) (uniform(n.tau(), where, "tau") / dt);
        if (!(tauSteps > 1)) {
            throw new Snn4jException(where + ": LIF with tau/dt = " + num(tauSteps) + "; snn4j's LIF needs tau > dt (is --dt "
                    + num(dt) + " right for this file?)");
        }
        double r = uniform(n.r(), where, "r");
        boolean decayInput;
        if (close(r, 1)) {
            decayInput = true;
        } else if (close(r, tauSteps)) {
            decayInput = false;
        } else {
            throw new Snn4jException(where + ": LIF with r = " + num(r) + "; snn4j reads r = 1 (decay_input) or r = tau/dt = "
                    + num(tauSteps) + " (no decay_input)");
        }
        double leak = uniform(n.vLeak(), where, "v_leak");
        double reset = uniform(n.vReset(), where, "v_reset");
        if (!close(leak, reset)) {
            throw new Snn4jException(where + ": LIF with v_leak = " + num(leak) + " and v_reset = " + num(reset)
                    + "; snn4j's LIF leaks towards its reset potential, so they must be equal");
        }
        return spec(NeuronType.LIF, tauSteps, n.vThreshold(), n.vReset(), decayInput, surrogate, where);
    }

    private static NeuronSpec spec(NeuronType type, double tau, NirArray threshold, NirArray reset, boolean decayInput,
            SurrogateSpec surrogate, String where) {
        double vth = uniform(threshold, where, "v_threshold");
        double vReset = uniform(reset, where, "v_reset");
        if (!(vReset < vth)) {
            throw new Snn4jException(where + ": expected v_reset below v_threshold, found v_reset = " + num(vReset)
                    + " and v_threshold = " + num(vth));
        }
        return new NeuronSpec(type, tau, vth, vReset, decayInput, false, surrogate);
    }

    /** The one value of a parameter that snn4j keeps per layer; fails when the neurons differ. */
    static double uniform(NirArray a, String where, String field) {
        if (a.size() == 0) {
            throw new Snn4jException(where + ": expected '" + field + "' to hold values, found none");
        }
        float min = a.min();
        float max = a.max();
        if (!Float.isFinite(min) || !Float.isFinite(max)) {
            throw new Snn4jException(where + ": expected finite '" + field + "' values, found " + min + " to " + max);
        }
        if (!close(min, max)) {
            throw new Snn4jException(where + ": expected one '" + field + "' for the whole layer (snn4j keeps one per layer),"
                    + " found values from " + num(min) + " to " + num(max));
        }
        return a.get(0);
    }

    /** {@code dt} when it is a positive finite number of seconds, else the error for {@code --dt}. */
    static double checkDt(double dt) {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new Snn4jException("--dt: expected a positive number of seconds, found " + dt);
        }
        return dt;
    }

    /** A float32 value as it reads best: 3, 0.002, 2.5, 0.0001. */
    static String num(double v) {
        float f = (float) v;
        return Float.isFinite(f) ? new java.math.BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString()
                : Float.toString(f);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
