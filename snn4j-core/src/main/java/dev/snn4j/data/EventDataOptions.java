/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

/**
 * Settings of event datasets that are not about frames: the seed of generated data and of the
 * train/test split of datasets that ship without one, and how many samples to generate.
 *
 * <p>The data seed is separate from the run's training seed on purpose: runs with different
 * training seeds (a seed sweep, baseline vs TRT) must see the same samples and the same split, and
 * share one cache.
 *
 * @param dataSeed seeds the generated datasets (nfmnist, shapes-dvs) and the per-class 90/10 split
 *     of CIFAR10-DVS and N-Caltech101
 * @param generatedTrain training samples to generate (nfmnist: at most the Fashion-MNIST images found)
 * @param generatedTest test samples to generate
 */
public record EventDataOptions(long dataSeed, int generatedTrain, int generatedTest) {

    /** Seed 0; 4,000 training and 1,000 test samples: minutes of training on 2 cores. */
    public static final EventDataOptions DEFAULT = new EventDataOptions(0, 4_000, 1_000);

    public EventDataOptions {
        if (generatedTrain < 1 || generatedTest < 1) {
            throw Problems.error("generated samples: expected at least 1 training and 1 test sample, found "
                    + generatedTrain + " and " + generatedTest);
        }
    }
}
