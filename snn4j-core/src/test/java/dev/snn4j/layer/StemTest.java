/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.LambdaBlock;
import ai.djl.training.ParameterStore;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StemTest {

    private static Stem stem(InputEncoding encoding, int steps, AtomicInteger calls) {
        LambdaBlock encoder = new LambdaBlock(list -> {
            calls.incrementAndGet();
            return new NDList(list.singletonOrThrow().mul(1.5f));
        });
        return Stem.builder()
                .setEncoding(encoding)
                .optTimesteps(steps)
                .setEncoder(encoder)
                .setNeuron(SpikingNeuron.builder().setSpec(NeuronSpec.defaults()).build())
                .build();
    }

    /** Direct encoding runs the encoder once for all T steps, and equals feeding T copies of the input. */
    @Test
    void directEncodingComputesTheEncoderOnceAndMatchesRepeatedInput() {
        Engine.getInstance().setRandomSeed(3);
        try (NDManager m = NDManager.newBaseManager()) {
            AtomicInteger directCalls = new AtomicInteger();
            AtomicInteger temporalCalls = new AtomicInteger();
            Stem direct = stem(InputEncoding.DIRECT, 5, directCalls);
            Stem temporal = stem(InputEncoding.TEMPORAL, 5, temporalCalls);
            direct.initialize(m, DataType.FLOAT32, new Shape(2, 3, 4));
            temporal.initialize(m, DataType.FLOAT32, new Shape(5, 2, 3, 4));
            directCalls.set(0); // initialisation may call the encoder to infer shapes
            temporalCalls.set(0);
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(2, 3, 4)).mul(2f);
            NDArray repeated = x.expandDims(0).repeat(0, 5);
            NDArray a = direct.forward(ps, new NDList(x), false).singletonOrThrow();
            NDArray b = temporal.forward(ps, new NDList(repeated), false).singletonOrThrow();
            assertEquals(new Shape(5, 2, 3, 4), a.getShape());
            assertArrayEquals(b.toFloatArray(), a.toFloatArray(), 0f);
            assertEquals(1, directCalls.get(), "encoder calls with direct encoding");
            assertEquals(1, temporalCalls.get(), "encoder calls on the folded [T*B] batch");
        }
    }

    @Test
    void timeDistributedEqualsApplyingTheLayerAtEveryStep() {
        try (NDManager m = NDManager.newBaseManager()) {
            TimeDistributed td = new TimeDistributed(new LambdaBlock(l -> new NDList(l.singletonOrThrow().sum(new int[] {1}))));
            td.initialize(m, DataType.FLOAT32, new Shape(3, 2, 4));
            NDArray x = m.arange(24f).reshape(3, 2, 4);
            NDArray y = td.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
            assertEquals(new Shape(3, 2), y.getShape());
            for (int t = 0; t < 3; t++) {
                assertArrayEquals(x.get(t).sum(new int[] {1}).toFloatArray(), y.get(t).toFloatArray(), 0f);
            }
        }
    }
}
