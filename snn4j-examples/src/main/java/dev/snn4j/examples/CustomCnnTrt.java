/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.examples;

import ai.djl.Model;
import ai.djl.engine.Engine;
import dev.snn4j.data.ArraySamples;
import dev.snn4j.layer.ConvBn;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.MaxPool2x2;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.SynapticLinear;
import dev.snn4j.layer.TimeDistributed;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.SpikingNeuron;
import dev.snn4j.run.TrainResult;
import dev.snn4j.train.SnnTraining;
import dev.snn4j.trt.BaselineObjective;
import dev.snn4j.trt.TrtObjective;
import dev.snn4j.trt.TrtSettings;

/** A spiking CNN of one's own, trained on in-memory data with and without TRT, from the same seed. */
public final class CustomCnnTrt {

    private CustomCnnTrt() {}

    /** Conv-BN-LIF, max pool, Conv-BN-LIF, global average pool, linear head on the firing rates; T = 4. */
    static SpikingModel network() {
        NeuronSpec lif = NeuronSpec.lif().tau(2).build();
        return SpikingModel.builder()
                .setStem(Stem.direct(4, ConvBn.conv3x3(8, 1), lif))
                .setBody(new SpikingSequential()
                        .add("pool1", MaxPool2x2.stage())
                        .add("conv2", new TimeDistributed(ConvBn.conv3x3(16, 1)))
                        .add("sn2", SpikingNeuron.of(lif))
                        .add("gap", new GlobalAveragePool()))
                .setHead(SynapticLinear.of(3, true))
                .setSampleShape(1, Stripes.SIZE, Stripes.SIZE)
                .setClasses(3)
                .build();
    }

    /** Arguments: training images (default 1,200), epochs (default 3). */
    public static void main(String[] args) {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 1200;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ArraySamples train = Stripes.make(samples, 1);
        ArraySamples test = Stripes.make(Math.max(30, samples / 4), 2);
        for (String method : new String[] {"baseline", "trt"}) {
            Engine.getInstance().setRandomSeed(0);
            SpikingModel net = network();
            try (Model model = Model.newInstance("stripes")) {
                model.setBlock(net);
                TrainResult result = SnnTraining.builder()
                        .setModel(model)
                        .setData(train, test)
                        .optObjective(method.equals("trt") ? new TrtObjective(TrtSettings.DEFAULTS, net) : new BaselineObjective())
                        .optEpochs(epochs)
                        .optBatchSize(32)
                        .build()
                        .fit();
                System.out.printf("%-8s test accuracy %5.1f%%, firing rate %.4f%n", method, 100 * result.testAccuracy(),
                        result.asfr());
            }
        }
    }
}
