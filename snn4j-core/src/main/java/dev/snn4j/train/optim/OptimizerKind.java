/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;

import dev.snn4j.CliEnum;

/** Optimisers from DJL's PyTorch engine (SGD has momentum but no Nesterov there). */
public enum OptimizerKind implements CliEnum {
    /** SGD with momentum (no Nesterov) and L2 weight decay, as torch.optim.SGD. */
    SGD {
        @Override
        public ParameterOptimizer create(double momentum, double weightDecay) {
            return new Sgd((float) momentum, (float) weightDecay);
        }
    },
    /** Adam with L2 weight decay, as torch.optim.Adam. */
    ADAM {
        @Override
        public ParameterOptimizer create(double momentum, double weightDecay) {
            return new Adam((float) weightDecay, false);
        }
    },
    /** Adam with decoupled weight decay, as torch.optim.AdamW. */
    ADAMW {
        @Override
        public ParameterOptimizer create(double momentum, double weightDecay) {
            return new Adam((float) weightDecay, true);
        }
    };

    /** A fresh optimiser of this kind ({@code momentum} is SGD's alone). */
    public abstract ParameterOptimizer create(double momentum, double weightDecay);

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static OptimizerKind parse(String text) {
        return CliEnum.parse(OptimizerKind.class, "optimizer", text);
    }
}
