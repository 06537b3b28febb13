/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a train/test split was made, for a run's config: enough to check that two runs used the
 * same split, and to redo it.
 *
 * @param kind where the split comes from
 * @param seed the seed of a seeded split (0 for an official one)
 * @param trainFilesSha256 SHA-256 of the training list ("label TAB path relative to the dataset
 *     folder LF" per sample, in order; windows add " from-to")
 * @param testFilesSha256 the same for the test list
 */
public record SplitRecord(Kind kind, long seed, String trainFilesSha256, String testFilesSha256) {

    /** Where a split comes from. */
    public enum Kind {
        /** The dataset's own train/test lists or folders (DVS Gesture, N-MNIST). */
        OFFICIAL("official"),
        /** {@link PerClassSplit}: per class, 90% train, 10% test, shuffled by a seed (CIFAR10-DVS, N-Caltech101). */
        PER_CLASS_SEEDED("per-class 90/10, seeded"),
        /** Generated separately as train and test samples (nfmnist, shapes-dvs). */
        GENERATED("generated");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** As written in a run's config. */
        public String description() {
            return description;
        }
    }

    /** The record as config entries: split, split_seed, train_files_sha256, test_files_sha256. */
    public Map<String, String> asDetails() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("split", kind.description());
        m.put("split_seed", Long.toString(seed));
        m.put("train_files_sha256", trainFilesSha256);
        m.put("test_files_sha256", testFilesSha256);
        return m;
    }
}
