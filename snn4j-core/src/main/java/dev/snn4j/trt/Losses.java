/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.snn4j.Scalars;

/** Loss functions on logits, written with DJL array operations so autograd differentiates them. */
public final class Losses {

    private Losses() {}

    /** Mean cross-entropy of logits [B, C] against integer labels [B]. */
    public static NDArray crossEntropy(NDArray logits, NDArray labels) {
        NDArray logProbabilities = logits.logSoftmax(1);
        NDArray index = labels.toType(DataType.INT64, false).reshape(-1, 1);
        return logProbabilities.gather(index, 1).mean().neg();
    }

    /**
     * KL(softmax(p/τ) ‖ softmax(q/τ)), summed over classes and averaged over the batch, multiplied by
     * τ² so that its gradients keep their scale as τ changes (Hinton et al., 2015).
     */
    public static NDArray distillationKl(NDArray pLogits, NDArray qLogits, double temperature) {
        float inv = (float) (1.0 / temperature);
        NDArray logP = Scalars.mul(pLogits, inv).logSoftmax(1);
        NDArray logQ = Scalars.mul(qLogits, inv).logSoftmax(1);
        NDArray kl = logP.exp().mul(logP.sub(logQ)).sum(new int[] {1}).mean();
        return Scalars.mul(kl, (float) (temperature * temperature));
    }
}
