/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import dev.snn4j.layer.ConvBn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The NIR arrays an imported block's parameters take, set once the model is initialised (DJL
 * creates a block's parameters with it, their arrays at initialisation).
 */
final class Weights {

    static final Weights NONE = new Weights(List.of());

    private final List<Runnable> loads;

    private Weights(List<Runnable> loads) {
        this.loads = List.copyOf(loads);
    }

    /** {@code block}'s "weight" and, when given, "bias". */
    static Weights of(Block block, NirArray weight, NirArray bias) {
        List<Runnable> out = new ArrayList<>();
        out.add(() -> set(block.getParameters().get("weight"), weight));
        if (bias != null) {
            out.add(() -> set(block.getParameters().get("bias"), bias));
        }
        return new Weights(out);
    }

    /**
     * A {@link ConvBn} computing the NIR convolution W x + bias: the convolution's weight W, and a
     * batch norm that is the identity but for its shift: gamma 1, beta = bias, running mean 0 and
     * running variance 1 - eps (so that sqrt(var + eps) = 1 in float32).
     */
    static Weights convBn(ConvBn convBn, NirArray weight, NirArray bias) {
        List<Runnable> out = new ArrayList<>();
        out.add(() -> set(convBn.conv().getParameters().get("weight"), weight));
        out.add(() -> {
            var params = convBn.batchNorm().getParameters();
            NDArray gamma = params.get("gamma").getArray();
            float epsilon = convBn.batchNormParameters(new ParameterStore(gamma.getManager(), false), gamma.getDevice(), false)
                    .epsilon();
            long[] channels = {bias.size()};
            set(params.get("gamma"), NirArray.full(channels, 1f));
            set(params.get("beta"), bias);
            set(params.get("runningMean"), NirArray.full(channels, 0f));
            set(params.get("runningVar"), NirArray.full(channels, 1f - epsilon));
        });
        return new Weights(out);
    }

    /** All of {@code parts}' entries. */
    static Weights all(List<Weights> parts) {
        List<Runnable> out = new ArrayList<>();
        parts.forEach(w -> out.addAll(w.loads));
        return new Weights(out);
    }

    /** Copies the arrays into the (initialised) parameters. */
    void load() {
        loads.forEach(Runnable::run);
    }

    private static void set(Parameter parameter, NirArray values) {
        Shape expected = new Shape(values.shape());
        Shape found = parameter.getArray().getShape();
        if (!expected.equals(found)) {
            throw new IllegalStateException("parameter " + parameter.getName() + ": expected " + found + ", found NIR array "
                    + Arrays.toString(values.shape()));
        }
        parameter.getArray().set(values.data());
    }
}
