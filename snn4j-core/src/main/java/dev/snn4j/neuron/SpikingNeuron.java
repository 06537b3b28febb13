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
import dev.snn4j.neuron.kernel.FusedKernel;
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
    /** The fused kernel, or {@code null} when the type has none (PLIF). */
    private final FusedKernel kernel;
    private final Parameter w;
    private SpikeRecorder recorder;
    private SpikeCounter counter;

    private SpikingNeuron(Builder builder) {
        super(VERSION);
        this.spec = builder.spec;
        this.dynamics = new NeuronDynamics(spec);
        FusedKernel.Constants constants = spec.type().kernelConstants(spec);
        this.kernel = constants == null ? null : new FusedKernel(constants);
        if (spec.type().learnsTau()) {
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

    /** A spiking layer of {@code spec}'s neuron: {@code builder().setSpec(spec).build()}. */
    public static SpikingNeuron of(NeuronSpec spec) {
        return builder().setSpec(spec).build();
    }

    public NeuronSpec spec() {
        return spec;
    }

    /** Whether the neuron type has a fused kernel (IF, LIF) that this layer uses when it can. */
    public boolean hasFusedKernel() {
        return kernel != null;
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
        return new NDList(forward(parameterStore, inputs.singletonOrThrow(), 0, training, params));
    }

    /**
     * The layer on an input sequence [T, B, ...], or, with {@code repeatSteps > 0}, on the same input
     * current [B, ...] at each of that many steps (direct encoding of a static input whose first
     * convolution ran once): spikes [T, B, ...]. The fused kernel runs when it can, the autograd
     * formulation otherwise; the spikes are the same.
     */
    public NDArray forward(
            ParameterStore parameterStore, NDArray x, int repeatSteps, boolean training, PairList<String, Object> params) {
        boolean surrogate = surrogate(training, params);
        FusedKernel.Fusion alone = repeatSteps > 0 ? FusedKernel.Fusion.repeated(repeatSteps) : FusedKernel.Fusion.NONE;
        if (kernel != null && kernel.canRun(x, alone, surrogate)) {
            return observed(kernel.run(x, alone, surrogate, counter != null, training), x, repeatSteps, true);
        }
        NDArray inverseTau = inverseTau(parameterStore, x, training);
        NeuronDynamics.Output out = repeatSteps > 0
                ? dynamics.runRepeated(x, repeatSteps, inverseTau, surrogate, false)
                : dynamics.run(x, inverseTau, surrogate, false);
        if (counter != null) {
            counter.count(out.spikes().sum().getFloat(), out.spikes().size());
        }
        if (recorder != null) {
            recorder.record(out.spikes());
        }
        return out.spikes();
    }

    /**
     * This layer with the batch norm before it and/or the max pool after it ({@code fusion}),
     * in one pass of the fused kernel: the batch norm's statistics (the batch's when training,
     * running ones otherwise) and normalisation inside the layer's time loop, the pooled spikes
     * written without the unpooled ones, and the backward with gamma's and beta's gradients. Equal
     * to the batch norm, this layer and the pool one after the other, up to float rounding. Empty
     * when the kernel cannot take {@code x} now (no kernel for the type, not float32 on the CPU,
     * not maps [.., C, H, W], maps a pool's window does not fit, no fused backward open for a training step) or
     * a recorder wants the unpooled spikes: the caller then runs the three one after the other.
     *
     * @param x the batch norm's (or else the layer's) input [T, B, C, H, W], or [B, C, H, W] repeated
     */
    public Optional<NDArray> forwardFused(ParameterStore parameterStore, NDArray x, FusedKernel.Fusion fusion,
            boolean training, PairList<String, Object> params) {
        boolean surrogate = surrogate(training, params);
        if (kernel == null || recorder != null && fusion.pools() || !kernel.canRun(x, fusion, surrogate)) {
            return Optional.empty();
        }
        return Optional.of(observed(kernel.run(x, fusion, surrogate, counter != null, training), x, fusion.repeatSteps(),
                !fusion.pools()));
    }

    /** Reports a fused run to the counter (and its spikes, unless pooled, to the recorder). */
    private NDArray observed(FusedKernel.Output out, NDArray x, int repeatSteps, boolean spikes) {
        if (counter != null) {
            counter.count(out.spikeCount(), x.size() * Math.max(1, repeatSteps));
        }
        if (recorder != null && spikes) {
            recorder.record(out.output());
        }
        return out.output();
    }

    /** The full dynamics with voltages, for conformance tests and diagnostics (autograd formulation). */
    public NeuronDynamics.Output forwardWithVoltages(ParameterStore parameterStore, NDArray x, boolean training) {
        return dynamics.run(x, inverseTau(parameterStore, x, training), true, true);
    }

    /** PLIF's 1/tau = sigmoid(w) for this call, or {@code null}. */
    private NDArray inverseTau(ParameterStore parameterStore, NDArray x, boolean training) {
        if (w == null) {
            return null;
        }
        NDArray inverseTau = Activation.sigmoid(parameterStore.getValue(w, x.getDevice(), training));
        // the result belongs to the parameter's (long-lived) manager: move it to this step's
        inverseTau.attach(x.getManager());
        return inverseTau;
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
