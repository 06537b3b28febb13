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
public final class SpikingSequential extends AbstractBlock implements FusionPlanned {

    private static final byte VERSION = 1;

    private final List<Block> stages = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    /** The fusion plan, made when the body is initialised: the unit starting at each stage, or null. */
    private FusedUnit[] units = new FusedUnit[0];
    /** How many stages the unit starting at a stage spans. */
    private int[] spans = new int[0];

    public SpikingSequential() {
        super(VERSION);
    }

    /** Appends a stage; its name appears in parameter names and firing-rate reports. */
    public SpikingSequential add(String name, Block stage) {
        stages.add(addChildBlock(name, stage));
        names.add(name);
        return this;
    }

    public int size() {
        return stages.size();
    }

    /**
     * Runs stages {@code from} (inclusive) to {@code to} (exclusive), each unit of the fusion plan
     * that lies wholly inside the range as one fused pass ({@link FusedUnit}), the rest stage by
     * stage.
     */
    public NDArray forwardRange(
            ParameterStore parameterStore, NDArray x, int from, int to, boolean training, PairList<String, Object> params) {
        NDArray current = x;
        for (int i = from; i < to; ) {
            if (i < units.length && units[i] != null && i + spans[i] <= to) {
                current = units[i].forward(parameterStore, current, training, params);
                i += spans[i];
            } else {
                current = stages.get(i).forward(parameterStore, new NDList(current), training, params).singletonOrThrow();
                i++;
            }
        }
        return current;
    }

    /**
     * The fusion plan for input {@code shape}: a {@code TimeDistributed(ConvBn)} stage and the
     * spiking layer after it become one unit, with the max pool stage after that when the kernel
     * takes its window on these maps; so does a spiking layer with such a pool after it.
     */
    private void plan(Shape[] inputShapes) {
        units = new FusedUnit[stages.size()];
        spans = new int[stages.size()];
        Shape[] current = inputShapes;
        for (int i = 0; i < stages.size(); ) {
            ConvBn convBn = convBn(stages.get(i));
            int neuronAt = convBn != null ? i + 1 : i;
            Shape[] spikes = convBn != null ? stages.get(i).getOutputShapes(current) : current;
            if (neuronAt < stages.size() && stages.get(neuronAt) instanceof SpikingNeuron neuron
                    && neuron.hasFusedKernel()) {
                boolean pool = neuronAt + 1 < stages.size() && poolFits(stages.get(neuronAt + 1), spikes[0]);
                if (convBn != null || pool) {
                    int end = neuronAt + (pool ? 2 : 1);
                    units[i] = new FusedUnit(convBn, neuron, pool ? stages.get(neuronAt + 1) : null, 0,
                            String.join(" + ", names.subList(i, end)));
                    spans[i] = end - i;
                    for (int k = i; k < end; k++) {
                        current = stages.get(k).getOutputShapes(current);
                    }
                    i = end;
                    continue;
                }
            }
            current = stages.get(i).getOutputShapes(current);
            i++;
        }
    }

    /** Whether {@code stage} is a max pool stage whose window the fused kernel takes on maps {@code spikes} [T, B, C, H, W]. */
    static boolean poolFits(Block stage, Shape spikes) {
        int rank = spikes.dimension();
        return rank == 5 && Pool2d.maxPoolStage(stage)
                .filter(window -> window.fits(spikes.get(rank - 2), spikes.get(rank - 1))).isPresent();
    }

    /** The units of the fusion plan, e.g. {@code conv2 + sn2 + pool2} (empty before initialisation). */
    @Override
    public List<String> fusedUnits() {
        List<String> out = new ArrayList<>();
        for (FusedUnit unit : units) {
            if (unit != null) {
                out.add(unit.description());
            }
        }
        return out;
    }

    /** The {@link ConvBn} of a {@code TimeDistributed(ConvBn)} stage, else {@code null}. */
    static ConvBn convBn(Block stage) {
        return stage instanceof TimeDistributed distributed && distributed.inner() instanceof ConvBn convBn ? convBn : null;
    }

    /** Whether stage {@code index} is a max pool stage ({@code TimeDistributed} of a max {@link Pool2d}). */
    public boolean isMaxPool(int index) {
        return Pool2d.maxPoolStage(stages.get(index)).isPresent();
    }

    /** Stage {@code index}. */
    public Block stage(int index) {
        return stages.get(index);
    }

    /** The name of stage {@code index}. */
    public String stageName(int index) {
        return names.get(index);
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
        plan(inputShapes);
    }
}
