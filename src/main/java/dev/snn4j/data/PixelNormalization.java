package dev.snn4j.data;

import dev.snn4j.CliEnum;

/** How image pixels reach the network, after scaling to [0, 1]. */
public enum PixelNormalization implements CliEnum {
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

    /** The normalisation of {@code id}'s images under this setting, for {@code channels} channels. */
    public Normalization of(DatasetId id, int channels) {
        return this == NONE ? Normalization.identity(channels) : Normalization.of(id);
    }
}
