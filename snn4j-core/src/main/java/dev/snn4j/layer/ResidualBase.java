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
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.ArrayList;
import java.util.List;

/**
 * What the two residual blocks share, on [T, B, C, H, W]: the branch's first half conv3×3/s-BN → SN1
 * (one fused unit) and its conv3×3-BN, the input checks and the output shape. Children are
 * registered in the order their parameters are saved: conv1, sn1, conv2, then the subclass's.
 */
abstract class ResidualBase extends AbstractBlock implements FusionPlanned {

    protected final int inChannels;
    protected final int outChannels;
    protected final int stride;
    protected final TimeDistributed conv1;
    protected final SpikingNeuron sn1;
    protected final TimeDistributed conv2;
    private final List<String> fused = new ArrayList<>();
    private final FusedUnit first;

    ResidualBase(byte version, int inChannels, int outChannels, int stride, NeuronSpec neuron) {
        super(version);
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.stride = stride;
        conv1 = addChildBlock("conv1", new TimeDistributed(ConvBn.conv3x3(outChannels, stride)));
        sn1 = addChildBlock("sn1", SpikingNeuron.of(neuron));
        conv2 = addChildBlock("conv2", new TimeDistributed(ConvBn.conv3x3(outChannels, 1)));
        first = unit(conv1, sn1, "conv1 + sn1");
    }

    static boolean needsProjection(int inChannels, int outChannels, int stride) {
        return stride != 1 || inChannels != outChannels;
    }

    /** A conv-BN stage and the spiking layer after it as one fused unit, or {@code null} when the layer has no kernel. */
    protected final FusedUnit unit(TimeDistributed convBnStage, SpikingNeuron neuron, String description) {
        if (!neuron.hasFusedKernel()) {
            return null;
        }
        fused.add(description);
        return new FusedUnit((ConvBn) convBnStage.inner(), neuron, null, 0, description);
    }

    /** The conv-BN stage then the spiking layer: one fused pass where {@code unit} is given and the kernel can. */
    protected static NDArray run(FusedUnit unit, TimeDistributed convBnStage, SpikingNeuron neuron, ParameterStore ps,
            NDArray x, boolean training, PairList<String, Object> params) {
        if (unit != null) {
            return unit.forward(ps, x, training, params);
        }
        NDList h = convBnStage.forward(ps, new NDList(x), training, params);
        return neuron.forward(ps, h, training, params).singletonOrThrow();
    }

    /** SN1(BN(conv3×3/s(x))), the branch's first half. */
    protected final NDArray firstHalf(ParameterStore ps, NDArray x, boolean training, PairList<String, Object> params) {
        return run(first, conv1, sn1, ps, x, training, params);
    }

    @Override
    public List<String> fusedUnits() {
        return List.copyOf(fused);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return conv2.getOutputShapes(conv1.getOutputShapes(inputShapes));
    }

    /** Initialises conv1, sn1 and conv2 and returns the branch's output shapes. */
    protected final Shape[] initializeBranch(NDManager manager, DataType dataType, Shape[] inputShapes) {
        Shape in = inputShapes[0];
        if (in.dimension() != 5 || in.get(2) != inChannels) {
            throw new IllegalArgumentException(
                    getClass().getSimpleName() + ": expected input [T, B, " + inChannels + ", H, W], found " + in);
        }
        conv1.initialize(manager, dataType, inputShapes);
        Shape[] mid = conv1.getOutputShapes(inputShapes);
        sn1.initialize(manager, dataType, mid);
        conv2.initialize(manager, dataType, mid);
        return conv2.getOutputShapes(mid);
    }
}
