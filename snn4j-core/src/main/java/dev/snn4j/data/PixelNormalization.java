/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.CliEnum;

/** How image pixels reach the network, after scaling to [0, 1]. */
public enum PixelNormalization implements CliEnum {
    /**
     * {@link #NONE} for the MNIST-format datasets (grayscale digits and clothes on black, as
     * SpikingJelly's examples feed them), {@link #DATASET} for the others (CIFAR, image folders),
     * as their usual PyTorch recipes do.
     */
    AUTO,
    /**
     * Subtract the training set's per-channel mean and divide by its standard deviation (torchvision
     * recipes' {@code Normalize}); image folders use ImageNet's constants.
     */
    DATASET,
    /**
     * Pixels in [0, 1] as they are (torchvision's {@code ToTensor} alone, as SpikingJelly's
     * Fashion-MNIST examples). On black-background images the zero padding of a convolution then
     * matches the background, where mean subtraction makes the border an edge.
     */
    NONE;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    /** This setting with {@link #AUTO} decided for {@code id}. */
    public PixelNormalization resolve(DatasetId id) {
        if (this != AUTO) {
            return this;
        }
        return id == DatasetId.FASHION_MNIST || id == DatasetId.MNIST ? NONE : DATASET;
    }

    /** The normalisation of {@code id}'s images under this setting, for {@code channels} channels. */
    public Normalization of(DatasetId id, int channels) {
        return resolve(id) == NONE ? Normalization.identity(channels) : Normalization.of(id);
    }
}
