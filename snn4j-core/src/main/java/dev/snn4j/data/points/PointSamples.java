/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.SampleDataset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Point clouds as samples [N, 3] (x y z per point), static (not temporal), already normalised to the
 * unit sphere; training samples augmented by a {@link PointAugmenter}.
 *
 * <p>All clouds live in one float array (12 bytes per point: ModelNet40's 9,843 training clouds of
 * 1,024 points take 121 MB), all labels in one int array; {@link #limit} shares them.
 */
public final class PointSamples implements SampleDataset {

    private final float[] xyz;
    private final int[] labels;
    private final int size;
    private final int points;
    private final List<String> classNames;
    private final String source;
    private final Set<Augmentation> augment;
    private final PointAugmenter augmenter;

    /**
     * Takes over the arrays without copying them.
     *
     * @param xyz {@code labels.length * points * 3} floats, each cloud normalised
     * @param labels one label per cloud, in 0..classNames.size()-1
     */
    public PointSamples(float[] xyz, int[] labels, int points, List<String> classNames, String source,
            Set<Augmentation> augment) {
        this(xyz, labels, labels.length, points, classNames, source, augment);
        if ((long) labels.length * points * 3 != xyz.length) {
            throw new IllegalArgumentException("expected " + labels.length + " x " + points + " x 3 floats, found " + xyz.length);
        }
        for (int l : labels) {
            Objects.checkIndex(l, classNames.size());
        }
    }

    private PointSamples(float[] xyz, int[] labels, int size, int points, List<String> classNames, String source,
            Set<Augmentation> augment) {
        this.xyz = xyz;
        this.labels = labels;
        this.size = size;
        this.points = points;
        this.classNames = List.copyOf(classNames);
        this.source = Objects.requireNonNull(source, "source");
        this.augment = Set.copyOf(augment);
        this.augmenter = new PointAugmenter(this.augment);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int label(int index) {
        return labels[Objects.checkIndex(index, size)];
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    /** Points per cloud, N. */
    public int points() {
        return points;
    }

    @Override
    public long[] sampleShape() {
        return new long[] {points, 3};
    }

    @Override
    public boolean temporal() {
        return false;
    }

    @Override
    public String source() {
        return source;
    }

    /** The augmentations training samples get. */
    public Set<Augmentation> augmentations() {
        return augment;
    }

    /** A copy of cloud {@code index} as stored (normalised, never augmented): N x 3 floats. */
    public float[] cloud(int index) {
        int n = points * 3;
        float[] out = new float[n];
        System.arraycopy(xyz, Objects.checkIndex(index, size) * n, out, 0, n);
        return out;
    }

    @Override
    public void write(int index, float[] dst, int offset, RandomGenerator rng) {
        int n = points * 3;
        System.arraycopy(xyz, Objects.checkIndex(index, size) * n, dst, offset, n);
        if (rng != null && augmenter.active()) {
            augmenter.apply(dst, offset, points, rng);
        }
    }

    @Override
    public PointSamples limit(int n) {
        return new PointSamples(xyz, labels, Math.max(0, Math.min(n, size)), points, classNames, source, augment);
    }

    /** The same clouds with other augmentations (e.g. none, for the test split). */
    public PointSamples withAugmentations(Set<Augmentation> newAugment) {
        return new PointSamples(xyz, labels, size, points, classNames, source, newAugment);
    }
}
