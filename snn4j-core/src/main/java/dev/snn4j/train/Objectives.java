/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import dev.snn4j.config.TrainConfig;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.trt.BaselineObjective;
import dev.snn4j.trt.TrainingObjective;
import dev.snn4j.trt.TrtObjective;

/** The training objective of a method. */
public final class Objectives {

    private Objectives() {}

    public static TrainingObjective create(TrainConfig config, SpikingModel model) {
        switch (config.run().method()) {
            case BASELINE:
                return new BaselineObjective(config.run().classLoss());
            case TRT:
                return new TrtObjective(config.trt(), model, config.run().classLoss());
            default:
                throw new AssertionError(config.run().method());
        }
    }
}
