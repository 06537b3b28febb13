/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import ai.djl.ndarray.NDArray;

/**
 * A batch norm's state, handed to a spiking layer that runs fused with it ({@link
 * SpikingNeuron#forwardNormalized}).
 *
 * @param gamma learned scale [C]
 * @param beta learned shift [C]
 * @param runningMean running mean [C], updated in place by training steps
 * @param runningVar running (unbiased) variance [C], updated in place by training steps
 * @param epsilon added to the variance
 * @param momentum DJL's convention: running = momentum running + (1 - momentum) batch statistic
 */
public record BatchNormParameters(
        NDArray gamma, NDArray beta, NDArray runningMean, NDArray runningVar, float epsilon, float momentum) {}
