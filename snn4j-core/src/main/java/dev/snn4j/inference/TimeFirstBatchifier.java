/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.translate.Batchifier;

/**
 * Stacks temporal samples [T, ...] into one batch [T, B, ...] (time first, as snn4j's spiking models
 * take event frames) and splits such a batch's outputs [B, ...] back into samples. Use it as a DJL
 * dataset's data batchifier for event data ({@code ArrayDataset.Builder.optDataBatchifier}).
 */
public final class TimeFirstBatchifier implements Batchifier {

    private static final long serialVersionUID = 1L;

    @Override
    public NDList batchify(NDList[] inputs) {
        int arrays = inputs[0].size();
        NDList batch = new NDList(arrays);
        for (int a = 0; a < arrays; a++) {
            NDArray[] samples = new NDArray[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                samples[i] = inputs[i].get(a);
            }
            batch.add(NDArrays.stack(new NDList(samples), 1));
        }
        return batch;
    }

    /** Outputs of a spiking model (logits [B, classes]) are batch-first: split along axis 0. */
    @Override
    public NDList[] unbatchify(NDList outputs) {
        int batch = (int) outputs.head().getShape().get(0);
        NDList[] samples = new NDList[batch];
        for (int i = 0; i < batch; i++) {
            samples[i] = new NDList();
        }
        for (NDArray output : outputs) {
            NDList parts = output.split(batch, 0);
            for (int i = 0; i < batch; i++) {
                samples[i].add(parts.get(i).squeeze(0));
            }
        }
        return samples;
    }
}
