/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.Objects;

/**
 * The training and test split of one data set, plus a description of where they were found.
 *
 * <p>The source travels with the data so that logs and run reports say which copy was used:
 * the embedded 10,000-image subset gives very different accuracy from the full set.
 *
 * @param train the training split
 * @param test the test split
 * @param source where both came from, e.g. a folder and the package that installed it
 */
public record LoadedDataset(ImageDataset train, ImageDataset test, String source) {

    public LoadedDataset {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(source, "source");
    }
}
