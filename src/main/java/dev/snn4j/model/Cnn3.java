package dev.snn4j.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.TimeDistributed;
import dev.snn4j.neuron.SpikingNeuron;

/**
 * {@code cnn3}: stem Conv(C→32, 3×3, pad 1, no bias)-BN-SN; body MaxPool2-Conv(32→64)-BN-SN-MaxPool2-
 * Conv(64→128)-BN-SN-global average pool; head Linear(128→classes).
 */
final class Cnn3 {

    private Cnn3() {}

    static SpikingModel build(ModelSpec spec) {
        Stem stem =
                Stem.builder()
                        .setEncoding(spec.encoding())
                        .optTimesteps(spec.timesteps())
                        .setEncoder(convBn(32))
                        .setNeuron(neuron(spec))
                        .optNeuronName("sn1")
                        .build();
        SpikingSequential body =
                new SpikingSequential()
                        .add("pool1", new TimeDistributed(Pool.maxPool2dBlock(new Shape(2, 2))))
                        .add("conv2", new TimeDistributed(convBn(64)))
                        .add("sn2", neuron(spec))
                        .add("pool2", new TimeDistributed(Pool.maxPool2dBlock(new Shape(2, 2))))
                        .add("conv3", new TimeDistributed(convBn(128)))
                        .add("sn3", neuron(spec))
                        .add("gap", new GlobalAveragePool());
        Block head = Linear.builder().setUnits(spec.numClasses()).build();
        return new SpikingModel(spec, stem, body, head);
    }

    /** 3×3 convolution, padding 1, no bias (batch norm follows), then batch norm. */
    static Block convBn(int channels) {
        return new SequentialBlock()
                .add(
                        Conv2d.builder()
                                .setKernelShape(new Shape(3, 3))
                                .optPadding(new Shape(1, 1))
                                .setFilters(channels)
                                .optBias(false)
                                .build())
                .add(BatchNorm.builder().build());
    }

    static SpikingNeuron neuron(ModelSpec spec) {
        return SpikingNeuron.builder().setSpec(spec.neuron()).build();
    }
}
