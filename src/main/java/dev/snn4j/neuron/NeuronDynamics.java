package dev.snn4j.neuron;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
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
 * <p>Two implementations: the autograd formulation below (every option, PLIF, voltages, any
 * device), and {@link SpikeKernel} through {@link #runFused} (IF and LIF on the CPU), which
 * computes the whole loop in one pass and carries its gradient through {@link FusedBackward}.
 * Spiking layers take the fused one whenever they can: for inference, and for training steps run
 * inside a {@link FusedBackward} scope (snn4j's trainer, benchmark and attacks open one).
 */
public final class NeuronDynamics {

    private final NeuronSpec spec;
    private final float threshold;
    private final float alpha;
    private final float vReset;
    private final SpikeKernel kernel;

    public NeuronDynamics(NeuronSpec spec) {
        this.spec = spec;
        this.threshold = (float) spec.vThreshold();
        this.alpha = (float) spec.surrogate().alpha();
        this.vReset = (float) spec.restingPotential();
        this.kernel = SpikeKernel.supports(spec) ? new SpikeKernel(spec) : null;
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
     * Whether {@link #runFused} can take {@code x}: IF or LIF, float32 on the CPU, and, with a
     * surrogate, a {@link FusedBackward} open on this thread to carry the gradient.
     */
    boolean canFuse(NDArray x, int repeatSteps, boolean surrogate) {
        return kernel != null
                && x.getDataType() == DataType.FLOAT32
                && !x.getDevice().isGpu()
                && x.getShape().size() * Math.max(1, repeatSteps) <= Integer.MAX_VALUE
                && (!surrogate || FusedBackward.active() != null);
    }

    /**
     * Whether {@link #runFusedMaxPooled} can take {@code x}: {@link #canFuse}, and maps [T, B, C, H,
     * W] (or [B, C, H, W] repeated) with H and W even.
     */
    boolean canFuseMaxPool(NDArray x, int repeatSteps, boolean surrogate) {
        Shape shape = x.getShape();
        int rank = shape.dimension();
        return canFuse(x, repeatSteps, surrogate)
                && rank == (repeatSteps > 0 ? 4 : 5)
                && shape.get(rank - 1) % 2 == 0
                && shape.get(rank - 2) % 2 == 0;
    }

    /**
     * The same dynamics as {@link #run} / {@link #runRepeated}, computed by {@link SpikeKernel} in
     * one pass; with a surrogate the spikes are a leaf whose gradient the open {@link
     * FusedBackward} carries back to {@code x}. Call only when {@link #canFuse} holds.
     *
     * @param repeatSteps 0 for a sequence x [T, ...], else the step count of a repeated current x
     */
    Output runFused(NDArray x, int repeatSteps, boolean surrogate) {
        return new Output(fused(x, repeatSteps, surrogate, false, false).output(), null);
    }

    /**
     * The spikes of {@link #runFused} followed by a 2×2 max pool with stride 2 of every step's [C,
     * H, W] maps, in the same pass: [T, B, C, H/2, W/2]. Call only when {@link #canFuseMaxPool}
     * holds.
     *
     * @param countSpikes whether to count the spikes before pooling (firing rates)
     */
    Fused runFusedMaxPooled(NDArray x, int repeatSteps, boolean surrogate, boolean countSpikes) {
        return fused(x, repeatSteps, surrogate, true, countSpikes);
    }

    /** A fused run's output (spikes or pooled spikes) and its spike count (0 when not counted). */
    record Fused(NDArray output, long spikeCount) {}

    private Fused fused(NDArray x, int repeatSteps, boolean surrogate, boolean maxPool, boolean countSpikes) {
        boolean repeated = repeatSteps > 0;
        Shape in = x.getShape();
        int steps = repeated ? repeatSteps : (int) in.get(0);
        int n = Math.toIntExact(repeated ? in.size() : in.size() / Math.max(1, steps));
        Shape out = repeated ? new Shape(steps).addAll(in) : in;
        int poolWidth = 0;
        if (maxPool) {
            int rank = out.dimension();
            poolWidth = (int) out.get(rank - 1);
            out = out.slice(0, rank - 2).add(out.get(rank - 2) / 2, poolWidth / 2);
        }
        int width = poolWidth;
        NDManager manager = x.getManager();
        NDArray output = manager.create(out, DataType.FLOAT32);
        long count = kernel.forward(FusedBackward.floats(x), repeated, steps, n, FusedBackward.floats(output), width,
                countSpikes);
        if (surrogate) {
            FusedBackward.active().record(x, output, gradOut -> {
                NDArray gradX = manager.create(in, DataType.FLOAT32);
                kernel.backward(FusedBackward.floats(x), FusedBackward.floats(gradOut), repeated, steps, n,
                        FusedBackward.floats(gradX), width);
                return gradX;
            });
        }
        return new Fused(output, count);
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
