/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import dev.snn4j.neuron.kernel.FusedBackward;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;

/**
 * A {@link GradientCollector} under which snn4j's spiking layers run their fused CPU kernel (the
 * whole time loop in one pass, forward and backward) and whose {@link #backward} carries gradients
 * through them. Use it wherever DJL code opens a gradient collector:
 *
 * <pre>{@code
 * try (GradientCollector collector = FusedGradientCollector.open()) {
 *     NDArray loss = ...;             // forward pass of a SpikingModel
 *     collector.backward(loss);       // right gradients for every parameter
 * }
 * }</pre>
 *
 * Under a plain engine collector the spiking layers take their autograd formulation instead:
 * correct, but 3-10 times slower per step. {@code dev.snn4j.train.SpikingTrainer} makes DJL's {@code Trainer} and
 * {@code EasyTrain} open this one.
 */
public final class FusedGradientCollector implements GradientCollector {

    private final GradientCollector engine;
    private final FusedBackward fused;

    private FusedGradientCollector(GradientCollector engine, FusedBackward fused) {
        this.engine = engine;
        this.fused = fused;
    }

    /**
     * Opens the engine's collector and the fused layers' backward scope.
     *
     * @throws IllegalStateException when a gradient collector is already open (DJL allows one)
     */
    public static FusedGradientCollector open() {
        return wrap(Engine.getInstance().newGradientCollector());
    }

    /** The fused scope around a collector just opened by the caller (for example DJL's {@code Trainer}). */
    public static FusedGradientCollector wrap(GradientCollector engine) {
        FusedBackward fused;
        try {
            fused = FusedBackward.open();
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        return new FusedGradientCollector(engine, fused);
    }

    /** Gradients of {@code target} (a scalar loss) into every parameter, through the fused layers too. */
    @Override
    public void backward(NDArray target) {
        fused.backward(target);
    }

    @Override
    public void zeroGradients() {
        engine.zeroGradients();
    }

    @Override
    public void close() {
        try {
            fused.close();
        } finally {
            engine.close();
        }
    }
}
