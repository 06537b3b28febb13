/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's body: named stages applied in order to [T, B, ...] tensors, which can also be run in
 * two parts, split after any stage. TRT uses the split to reverse the spike sequence after the
 * K-th spiking layer and run only the rest twice.
 */
public final class SpikingSequential extends AbstractBlock {

    private static final byte VERSION = 1;

    private final List<Block> stages = new ArrayList<>();

    public SpikingSequential() {
        super(VERSION);
    }

    /** Appends a stage; its name appears in parameter names and firing-rate reports. */
    public SpikingSequential add(String name, Block stage) {
        stages.add(addChildBlock(name, stage));
        return this;
    }

    public int size() {
        return stages.size();
    }

    /**
     * Runs stages {@code from} (inclusive) to {@code to} (exclusive). A spiking layer runs fused with
     * the batch norm of a {@code TimeDistributed(ConvBn)} stage before it and a {@link MaxPool2x2}
     * stage after it when it can ({@link FusedGroup}).
     */
    public NDArray forwardRange(
            ParameterStore parameterStore, NDArray x, int from, int to, boolean training, PairList<String, Object> params) {
        NDArray current = x;
        for (int i = from; i < to; i++) {
            Block stage = stages.get(i);
            ConvBn convBn = convBn(stage);
            if (i + 1 < to && convBn != null && stages.get(i + 1) instanceof SpikingNeuron neuron) {
                // the convolution through libtorch, then batch norm, spikes and a max pool fused
                NDArray y = TimeDistributed.apply(convBn.conv(), parameterStore, current, training, params);
                Block pool = i + 2 < to && isMaxPool(i + 2) ? stages.get(i + 2) : null;
                current = FusedGroup.forward(parameterStore, y, convBn, neuron, pool, 0, training, params);
                i += pool != null ? 2 : 1;
            } else if (i + 1 < to && stage instanceof SpikingNeuron neuron && isMaxPool(i + 1)) {
                current = FusedGroup.forward(parameterStore, current, null, neuron, stages.get(i + 1), 0, training, params);
                i++;
            } else {
                current = stage.forward(parameterStore, new NDList(current), training, params).singletonOrThrow();
            }
        }
        return current;
    }

    /** The {@link ConvBn} of a {@code TimeDistributed(ConvBn)} stage, else {@code null}. */
    private static ConvBn convBn(Block stage) {
        return stage instanceof TimeDistributed distributed && distributed.inner() instanceof ConvBn convBn ? convBn : null;
    }

    /** Whether stage {@code index} is a {@link MaxPool2x2} stage. */
    public boolean isMaxPool(int index) {
        return MaxPool2x2.isStage(stages.get(index));
    }

    /** Stage {@code index}. */
    public Block stage(int index) {
        return stages.get(index);
    }

    /**
     * The number of stages to run to have passed exactly {@code spikingLayers} spiking layers of
     * this body, or -1 if that count falls inside a stage (e.g. inside a residual block).
     */
    public int stagesThroughSpikingLayer(int spikingLayers) {
        int seen = 0;
        if (spikingLayers == 0) {
            return 0;
        }
        for (int i = 0; i < stages.size(); i++) {
            seen += countSpikingNeurons(stages.get(i));
            if (seen == spikingLayers) {
                return i + 1;
            }
            if (seen > spikingLayers) {
                return -1;
            }
        }
        return -1;
    }

    /** The cumulative spiking-layer counts at stage boundaries where a split is possible. */
    public List<Integer> splittableSpikingCounts() {
        List<Integer> counts = new ArrayList<>();
        int seen = 0;
        for (Block stage : stages) {
            int n = countSpikingNeurons(stage);
            seen += n;
            if (n > 0) {
                counts.add(seen);
            }
        }
        return counts;
    }

    /** Counts the spiking neurons anywhere inside a block. */
    public static int countSpikingNeurons(Block block) {
        if (block instanceof SpikingNeuron) {
            return 1;
        }
        int n = 0;
        for (Pair<String, Block> child : block.getChildren()) {
            n += countSpikingNeurons(child.getValue());
        }
        return n;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(forwardRange(parameterStore, inputs.singletonOrThrow(), 0, stages.size(), training, params));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] current = inputShapes;
        for (Block stage : stages) {
            current = stage.getOutputShapes(current);
        }
        return current;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] current = inputShapes;
        for (Block stage : stages) {
            stage.initialize(manager, dataType, current);
            current = stage.getOutputShapes(current);
        }
    }
}
