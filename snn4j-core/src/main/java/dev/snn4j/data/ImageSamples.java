/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Static images as samples [C, H, W]: an {@link ImageDataset} seen through an {@link ImageTransform}. */
public final class ImageSamples implements SampleDataset {

    private final ImageDataset images;
    private final Set<Augmentation> augment;
    private final Normalization normalization;
    private final ImageTransform transform;

    /**
     * @param augment what a training pass draws (crop, flip); evaluation passes no generator and
     *     gets the plain image
     */
    public ImageSamples(ImageDataset images, Set<Augmentation> augment, Normalization normalization) {
        this.images = images;
        this.augment = Set.copyOf(augment);
        this.normalization = normalization;
        this.transform = new ImageTransform(images.channels(), images.height(), images.width(), augment, normalization);
    }

    public ImageDataset images() {
        return images;
    }

    @Override
    public int size() {
        return images.size();
    }

    @Override
    public int label(int index) {
        return images.label(index);
    }

    @Override
    public List<String> classNames() {
        return images.classNames();
    }

    @Override
    public long[] sampleShape() {
        return new long[] {images.channels(), images.height(), images.width()};
    }

    @Override
    public boolean temporal() {
        return false;
    }

    @Override
    public String source() {
        return images.source();
    }

    @Override
    public void write(int index, float[] dst, int offset, RandomGenerator rng) {
        int bytes = images.imageBytes();
        if (rng == null) {
            transform.write(images.pixelArray(), index * bytes, dst, offset,
                    ImageTransform.CROP_PADDING, ImageTransform.CROP_PADDING, false);
        } else {
            transform.apply(images.pixelArray(), index * bytes, dst, offset, rng);
        }
    }

    @Override
    public Normalization normalization() {
        return normalization;
    }

    @Override
    public ImageSamples limit(int n) {
        return new ImageSamples(images.limit(n), augment, normalization);
    }
}
