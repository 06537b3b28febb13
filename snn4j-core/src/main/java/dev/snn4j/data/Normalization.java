/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per-channel mean and standard deviation applied after scaling pixels to [0, 1]:
 * {@code x = (pixel / 255 - mean[c]) / std[c]}.
 *
 * <p>Centred, unit-variance inputs keep the first layer's membrane potentials in a useful range
 * from the first step; the constants are the usual ones computed on each training set, so
 * results are comparable with published PyTorch code.
 *
 * @param mean per-channel mean of the [0, 1]-scaled training pixels
 * @param std per-channel standard deviation, each &gt; 0
 */
public record Normalization(float[] mean, float[] std) {

    public Normalization {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(std, "std");
        if (mean.length == 0 || mean.length != std.length) {
            throw new IllegalArgumentException("expected the same positive number of means and stds, found "
                    + mean.length + " and " + std.length);
        }
        for (float s : std) {
            if (!(s > 0) || Float.isInfinite(s)) {
                throw new IllegalArgumentException("expected positive finite stds, found " + Arrays.toString(std));
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    /** ImageNet's training-set constants, used for every image folder (as torchvision's examples do). */
    public static final Normalization IMAGENET =
            new Normalization(new float[] {0.485f, 0.456f, 0.406f}, new float[] {0.229f, 0.224f, 0.225f});

    /** The standard constants for {@code id}'s training set ({@link DatasetId#pixelNormalization()}). */
    public static Normalization of(DatasetId id) {
        return id.pixelNormalization().orElseThrow(() -> new IllegalArgumentException(
                id.cliName() + " has no pixel normalisation: its samples are not images"));
    }

    /** No change beyond scaling to [0, 1]: mean 0, std 1 for each of {@code channels}. */
    public static Normalization identity(int channels) {
        float[] zero = new float[channels];
        float[] one = new float[channels];
        Arrays.fill(one, 1f);
        return new Normalization(zero, one);
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    /** Mean of channel {@code c}. */
    public float mean(int c) {
        return mean[c];
    }

    /** Standard deviation of channel {@code c}. */
    public float std(int c) {
        return std[c];
    }

    public int channels() {
        return mean.length;
    }

    /** The normalised value of a raw pixel {@code value} in [0, 255] on channel {@code c}. */
    public float apply(int c, int value) {
        return (value / 255f - mean[c]) / std[c];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && Arrays.equals(mean, n.mean) && Arrays.equals(std, n.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "Normalization[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }
}
