/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.snn4j.neuron.SpikingNeuron;
import dev.snn4j.neuron.kernel.FusedKernel;
import java.util.Optional;

/**
 * One unit of a fusion plan: a spiking layer with what runs in its kernel's pass, the batch norm of
 * a {@link ConvBn} before it (its convolution runs in libtorch) and a max pool stage after it
 * ({@link Pool2d#maxPoolStage}). Plans are made once, when shapes are known ({@link SpikingSequential}, {@link Stem}, the
 * residual blocks); at run time the unit runs fused when the kernel can take the input now
 * (training under a {@code FusedGradientCollector}, or inference, on the CPU), else its blocks one
 * after the other, with the same result.
 */
final class FusedUnit {

    private final ConvBn convBn;
    private final SpikingNeuron neuron;
    private final Block pool;
    private final FusedKernel.MaxPool window;
    private final int repeatSteps;
    private final String description;

    /**
     * @param convBn the conv + batch norm before the layer, or {@code null}
     * @param pool a max pool stage after it ({@link Pool2d#maxPoolStage}, on maps it fits), or {@code null}
     * @param repeatSteps 0 for inputs [T, B, ...]; else the steps of a static input [B, ...] (direct stem)
     * @param description what the unit fuses, e.g. {@code conv2 + sn2 + pool2}
     */
    FusedUnit(ConvBn convBn, SpikingNeuron neuron, Block pool, int repeatSteps, String description) {
        this.convBn = convBn;
        this.neuron = neuron;
        this.pool = pool;
        this.window = pool == null ? null : Pool2d.maxPoolStage(pool).orElseThrow();
        this.repeatSteps = repeatSteps;
        this.description = description;
    }

    /** What the unit fuses, e.g. {@code conv2 + sn2 + pool2}. */
    String description() {
        return description;
    }

    NDArray forward(ParameterStore ps, NDArray x, boolean training, PairList<String, Object> params) {
        return forward(ps, x, null, training, params);
    }

    /**
     * The unit with {@code residual} (a residual block's shortcut, of the layer's input shape, or
     * {@code null}) added to the batch norm's output before the layer.
     */
    NDArray forward(ParameterStore ps, NDArray x, NDArray residual, boolean training, PairList<String, Object> params) {
        NDArray y = convBn == null ? x : apply(convBn.conv(), ps, x, training, params);
        if (convBn != null || pool != null || residual != null) {
            FusedKernel.BatchNorm bn = convBn == null ? null : convBn.batchNormParameters(ps, y.getDevice(), training);
            Optional<NDArray> fused = neuron.forwardFused(ps, y, new FusedKernel.Fusion(bn, window, repeatSteps, residual),
                    training, params);
            if (fused.isPresent()) {
                return fused.get();
            }
        }
        NDArray current = convBn == null ? y : apply(convBn.batchNorm(), ps, y, training, params);
        if (residual != null) {
            current = current.add(residual);
        }
        NDArray spikes = neuron.forward(ps, current, repeatSteps, training, params);
        return pool == null ? spikes : pool.forward(ps, new NDList(spikes), training, params).singletonOrThrow();
    }

    /** A stateless block on the unit's input: once on [B, ...] (direct stem), else on every step. */
    private NDArray apply(Block block, ParameterStore ps, NDArray x, boolean training, PairList<String, Object> params) {
        return repeatSteps > 0
                ? block.forward(ps, new NDList(x), training, params).singletonOrThrow()
                : TimeDistributed.apply(block, ps, x, training, params);
    }
}
