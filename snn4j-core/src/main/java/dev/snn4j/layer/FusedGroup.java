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
import dev.snn4j.neuron.BatchNormParameters;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.Optional;

/**
 * A spiking layer with the blocks that may run fused with it: the batch norm of a {@link ConvBn}
 * before it and a {@link MaxPool2x2} stage after it. As much as the layer can take runs in its
 * fused pass (batch norm, layer and pool; else batch norm and layer; else layer and pool), the rest
 * as ordinary blocks; the result is the same either way. Used by {@link SpikingSequential} and
 * {@link Stem}.
 */
final class FusedGroup {

    private FusedGroup() {}

    /**
     * @param x the layer's input, or with {@code convBn} the output of its convolution (the batch
     *     norm still to apply): [T, B, ...], or [B, ...] repeated over {@code repeatSteps} steps
     * @param convBn the block whose batch norm comes first, or {@code null}
     * @param pool a {@link MaxPool2x2} stage to apply last, or {@code null}
     */
    static NDArray forward(ParameterStore parameterStore, NDArray x, ConvBn convBn, SpikingNeuron neuron, Block pool,
            int repeatSteps, boolean training, PairList<String, Object> params) {
        NDArray current = x;
        if (convBn != null) {
            BatchNormParameters batchNorm = convBn.batchNormParameters(parameterStore, x.getDevice(), training);
            Optional<NDArray> fused =
                    neuron.forwardNormalized(parameterStore, x, batchNorm, repeatSteps, pool != null, training, params);
            if (fused.isPresent()) {
                return fused.get();
            }
            if (pool != null) { // e.g. odd maps: fuse the batch norm at least, then pool
                fused = neuron.forwardNormalized(parameterStore, x, batchNorm, repeatSteps, false, training, params);
                if (fused.isPresent()) {
                    return apply(pool, parameterStore, fused.get(), training, params);
                }
            }
            current = repeatSteps > 0
                    ? apply(convBn.batchNorm(), parameterStore, x, training, params)
                    : TimeDistributed.apply(convBn.batchNorm(), parameterStore, x, training, params);
        }
        if (pool != null) {
            Optional<NDArray> pooled = neuron.forwardMaxPooled(parameterStore, current, repeatSteps, training, params);
            if (pooled.isPresent()) {
                return pooled.get();
            }
        }
        NDArray spikes = repeatSteps > 0
                ? neuron.forwardRepeated(parameterStore, current, repeatSteps, training, params)
                : apply(neuron, parameterStore, current, training, params);
        return pool == null ? spikes : apply(pool, parameterStore, spikes, training, params);
    }

    private static NDArray apply(
            Block block, ParameterStore parameterStore, NDArray x, boolean training, PairList<String, Object> params) {
        return block.forward(parameterStore, new NDList(x), training, params).singletonOrThrow();
    }
}
