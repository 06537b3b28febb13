/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import ai.djl.Model;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.TrainingConfig;
import dev.snn4j.neuron.FusedGradientCollector;

/**
 * DJL's {@link Trainer} with snn4j's fused spiking kernel: its gradient collector is a
 * {@link FusedGradientCollector}, so {@code EasyTrain.fit} and any loop over
 * {@code trainer.newGradientCollector()} train spiking models 3-10 times faster than with a plain
 * {@code Trainer} (which is correct too, through the autograd formulation of the spiking layers).
 * For TRT, make the model's block a {@link dev.snn4j.trt.ObjectiveBlock}.
 */
public class SpikingTrainer extends Trainer {

    /**
     * @throws dev.snn4j.Snn4jException when libtorch's convolution gradients do not repeat on this CPU
     *     (see {@code DNNL_MAX_CPU_ISA} in docs/architecture.md)
     */
    public SpikingTrainer(Model model, TrainingConfig trainingConfig) {
        super(checked(model), trainingConfig);
    }

    private static Model checked(Model model) {
        NativeGradientCheck.requireReproducibleConvolutions(model.getNDManager().getDevice());
        return model;
    }

    @Override
    public GradientCollector newGradientCollector() {
        return FusedGradientCollector.wrap(super.newGradientCollector());
    }
}
