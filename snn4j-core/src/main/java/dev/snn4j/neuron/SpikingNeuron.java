/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * A multi-step spiking layer: input currents [T, B, ...] in, spikes [T, B, ...] out.
 *
 * <p>Stateless between calls (the membrane lives inside one forward call). PLIF owns one learnable
 * scalar {@code w}; IF and LIF have no parameters. An optional {@link SpikeCounter} counts the
 * spikes, which is how firing rates are measured without the layer knowing about metrics; an
 * optional {@link SpikeRecorder} sees the spike arrays themselves (tests, diagnostics).
 */
public final class SpikingNeuron extends AbstractBlock {

    private static final byte VERSION = 1;

    /** Forward-call parameter: {@code true} to keep surrogate gradients with {@code training = false}. */
    public static final String SURROGATE_IN_EVAL = "snn4j.surrogate_in_eval";

    private final NeuronSpec spec;
    private final NeuronDynamics dynamics;
    /** The fused implementation, or {@code null} (PLIF). */
    private final FusedDynamics fused;
    private final Parameter w;
    private SpikeRecorder recorder;
    private SpikeCounter counter;

    private SpikingNeuron(Builder builder) {
        super(VERSION);
        this.spec = builder.spec;
        this.dynamics = new NeuronDynamics(spec);
        this.fused = FusedDynamics.supports(spec) ? new FusedDynamics(spec) : null;
        if (spec.type() == NeuronType.PLIF) {
            w =
                    addParameter(
                            Parameter.builder()
                                    .setName("w")
                                    .setType(Parameter.Type.OTHER)
                                    .optShape(new Shape(1))
                                    .optInitializer(new ConstantInitializer((float) spec.plifInitialW()))
                                    .build());
        } else {
            w = null;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public NeuronSpec spec() {
        return spec;
    }

    /**
     * Sets (or clears, with {@code null}) the observer of this layer's spike arrays. While one is
     * set, the layer is never fused with the max pool after it (the pool's input must exist).
     */
    public void setRecorder(SpikeRecorder recorder) {
        this.recorder = recorder;
    }

    /** Sets (or clears, with {@code null}) the observer of this layer's spike counts. */
    public void setCounter(SpikeCounter counter) {
        this.counter = counter;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        return new NDList(run(parameterStore, x, 0, training, surrogate(training, params), false).spikes());
    }

    /**
     * Runs the layer on the same input current at every one of {@code steps} steps: direct encoding
     * of a static input whose first convolution was computed once.
     *
     * @param x input current [B, ...]
     * @return spikes [steps, B, ...]
     */
    public NDArray forwardRepeated(
            ParameterStore parameterStore, NDArray x, int steps, boolean training, PairList<String, Object> params) {
        return run(parameterStore, x, steps, training, surrogate(training, params), false).spikes();
    }

    /**
     * This layer followed by a 2×2 max pool with stride 2 of every step's [C, H, W] maps (DJL's
     * {@code Pool.maxPool2d} on [T*B, C, H, W]), computed in one fused pass, without the unpooled
     * spikes ever being written. Empty when the fused kernel cannot take {@code x} (PLIF, not float32
     * on the CPU, odd H or W, no {@link FusedBackward} open for a training step) or a recorder wants
     * the spikes themselves: then run {@link #forward} and the pool.
     *
     * @param x input currents [T, B, C, H, W], or [B, C, H, W] with {@code repeatSteps > 0}
     * @param repeatSteps 0 for a sequence, else the step count of a repeated current (direct encoding)
     * @return pooled spikes [T, B, C, H/2, W/2]
     */
    public Optional<NDArray> forwardMaxPooled(
            ParameterStore parameterStore, NDArray x, int repeatSteps, boolean training, PairList<String, Object> params) {
        return fusedOnMaps(x, repeatSteps, true, training, params,
                (surrogate, count) -> fused.runFusedMaxPooled(x, repeatSteps, surrogate, count));
    }

    /**
     * Batch norm of {@code y} followed by this layer (and optionally a 2×2 max pool), computed in one
     * fused pass: the batch norm's statistics (batch statistics when training, running ones
     * otherwise), the normalisation inside the layer's time loop, and its backward with gamma's and
     * beta's gradients. Equal to DJL's BatchNorm followed by {@link #forward} up to float rounding.
     * Empty under the same conditions as {@link #forwardMaxPooled} (then run the batch norm and
     * this layer).
     *
     * @param y the batch norm's input [T, B, C, H, W], or [B, C, H, W] with {@code repeatSteps > 0}
     * @param maxPool whether a 2×2 max pool follows (H and W even)
     */
    public Optional<NDArray> forwardNormalized(ParameterStore parameterStore, NDArray y, BatchNormParameters batchNorm,
            int repeatSteps, boolean maxPool, boolean training, PairList<String, Object> params) {
        return fusedOnMaps(y, repeatSteps, maxPool, training, params,
                (surrogate, count) -> fused.runFusedNormalized(y, batchNorm, training, repeatSteps, surrogate, maxPool,
                        count));
    }

    /** A fused run on maps: which one, given whether it carries a surrogate and counts spikes. */
    private interface MapsRun {
        FusedDynamics.Fused run(boolean surrogate, boolean countSpikes);
    }

    /**
     * {@code run} when the fused kernel can take x (and no recorder wants the unpooled spikes),
     * reporting its spike count to the counter; else empty.
     */
    private Optional<NDArray> fusedOnMaps(NDArray x, int repeatSteps, boolean maxPool, boolean training,
            PairList<String, Object> params, MapsRun run) {
        boolean surrogate = surrogate(training, params);
        if (recorder != null || fused == null || !fused.canFuseMaps(x, repeatSteps, surrogate, maxPool)) {
            return Optional.empty();
        }
        FusedDynamics.Fused out = run.run(surrogate, counter != null);
        if (counter != null) {
            counter.count(out.spikeCount(), x.size() * Math.max(1, repeatSteps));
        }
        return Optional.of(out.output());
    }

    /** The full dynamics with voltages, for conformance tests and diagnostics. */
    public NeuronDynamics.Output forwardWithVoltages(ParameterStore parameterStore, NDArray x, boolean training) {
        return run(parameterStore, x, 0, training, true, true);
    }

    /** Runs on a sequence [T, ...], or, when {@code repeatSteps > 0}, on one current repeated. */
    private NeuronDynamics.Output run(
            ParameterStore parameterStore, NDArray x, int repeatSteps, boolean training, boolean surrogate, boolean voltages) {
        NDArray inverseTau = null;
        if (w != null) {
            inverseTau = Activation.sigmoid(parameterStore.getValue(w, x.getDevice(), training));
            // the result belongs to the parameter's (long-lived) manager: move it to this step's
            inverseTau.attach(x.getManager());
        }
        NeuronDynamics.Output out;
        if (!voltages && fused != null && fused.canFuse(x, repeatSteps, surrogate)) {
            out = fused.runFused(x, repeatSteps, surrogate);
        } else {
            out = repeatSteps > 0
                    ? dynamics.runRepeated(x, repeatSteps, inverseTau, surrogate, voltages)
                    : dynamics.run(x, inverseTau, surrogate, voltages);
        }
        if (recorder != null) {
            recorder.record(out.spikes());
        }
        if (counter != null) {
            counter.count(out.spikes().sum().getFloat(), out.spikes().size());
        }
        return out;
    }

    /**
     * Spikes carry surrogate gradients when training, or when the forward call's parameters hold
     * {@link #SURROGATE_IN_EVAL} (gradients through an evaluation-mode model, e.g. adversarial
     * attacks). Plain inference skips the surrogate and costs about half as much per step.
     */
    private static boolean surrogate(boolean training, PairList<String, Object> params) {
        return training || (params != null && Boolean.TRUE.equals(params.get(SURROGATE_IN_EVAL)));
    }

    /** PLIF's parameter w, or {@code null} for IF and LIF. */
    public Parameter plifWeight() {
        return w;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void saveMetadata(DataOutputStream os) throws IOException {
        saveInputShapes(os);
        os.writeUTF(spec.type().cliName());
    }

    @Override
    public void loadMetadata(byte loadVersion, DataInputStream is) throws IOException, MalformedModelException {
        if (loadVersion != VERSION) {
            throw new MalformedModelException(
                    "spiking neuron: expected parameter format version " + VERSION + ", found " + loadVersion);
        }
        readInputShapes(is);
        String saved = is.readUTF();
        if (!saved.equals(spec.type().cliName())) {
            throw new MalformedModelException(
                    "spiking neuron: expected saved type " + spec.type().cliName() + ", found " + saved);
        }
    }

    @Override
    public String toString() {
        return "SpikingNeuron(" + spec.describe() + ")";
    }

    /** Builds a {@link SpikingNeuron}; the neuron specification is required. */
    public static final class Builder {
        private NeuronSpec spec;

        private Builder() {}

        public Builder setSpec(NeuronSpec spec) {
            this.spec = spec;
            return this;
        }

        public SpikingNeuron build() {
            if (spec == null) {
                throw new IllegalArgumentException("SpikingNeuron: a NeuronSpec must be set");
            }
            return new SpikingNeuron(this);
        }
    }
}
