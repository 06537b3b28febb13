/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.Snn4jException;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Samples held in memory: one float array of N samples of one shape, and their labels. The way to
 * train on data of one's own: images [C, H, W] (static, T steps of direct encoding), or sequences
 * [T, ...] such as event frames (temporal, {@link #temporal(float[], long[], int[], List)}).
 *
 * <pre>{@code
 * SampleDataset train = ArraySamples.of(pixels, new long[] {1, 28, 28}, labels, List.of("a", "b", "c"));
 * }</pre>
 *
 * Values are used as given (normalise them first); no augmentation is applied.
 */
public final class ArraySamples implements SampleDataset {

    private final float[] values;
    private final long[] sampleShape;
    private final int[] labels;
    private final List<String> classNames;
    private final boolean temporal;
    private final int sampleSize;
    private final String source;

    private ArraySamples(float[] values, long[] sampleShape, int[] labels, List<String> classNames, boolean temporal,
            String source) {
        this.sampleShape = sampleShape.clone();
        long size = 1;
        for (long d : sampleShape) {
            if (d < 1) {
                throw new Snn4jException("sample_shape: expected sizes >= 1, found " + Arrays.toString(sampleShape));
            }
            size *= d;
        }
        if (size > Integer.MAX_VALUE || values.length != size * labels.length) {
            throw new Snn4jException("values: expected " + labels.length + " samples of " + Arrays.toString(sampleShape)
                    + " (" + size * labels.length + " floats), found " + values.length + " floats");
        }
        if (classNames.size() < 2) {
            throw new Snn4jException("class_names: expected at least 2 classes, found " + classNames.size());
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new Snn4jException("labels[" + i + "]: expected a class in 0.." + (classNames.size() - 1) + ", found "
                        + labels[i]);
            }
        }
        if (temporal && sampleShape.length < 2) {
            throw new Snn4jException("sample_shape: expected [T, ...] for temporal samples, found " + Arrays.toString(sampleShape));
        }
        this.values = values;
        this.labels = labels.clone();
        this.classNames = List.copyOf(classNames);
        this.temporal = temporal;
        this.sampleSize = (int) size;
        this.source = source;
    }

    /**
     * Static samples (images, point clouds): {@code values} holds {@code labels.length} samples of
     * {@code sampleShape}, one after the other. The array is used, not copied.
     */
    public static ArraySamples of(float[] values, long[] sampleShape, int[] labels, List<String> classNames) {
        return new ArraySamples(values, sampleShape, labels, classNames, false, "in-memory arrays");
    }

    /** Temporal samples [T, ...] (event frames, sequences), time first within each sample. */
    public static ArraySamples temporal(float[] values, long[] sampleShape, int[] labels, List<String> classNames) {
        return new ArraySamples(values, sampleShape, labels, classNames, true, "in-memory arrays");
    }

    /** The same samples, described as {@code source} in run folders and progress lines. */
    public ArraySamples withSource(String newSource) {
        return new ArraySamples(values, sampleShape, labels, classNames, temporal, newSource);
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public long[] sampleShape() {
        return sampleShape.clone();
    }

    @Override
    public boolean temporal() {
        return temporal;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public void write(int index, float[] dst, int offset, RandomGenerator rng) {
        System.arraycopy(values, index * sampleSize, dst, offset, sampleSize);
    }

    @Override
    public SampleDataset limit(int n) {
        if (n >= labels.length) {
            return this;
        }
        int[] first = Arrays.copyOf(labels, n);
        float[] part = Arrays.copyOf(values, n * sampleSize);
        return new ArraySamples(part, sampleShape, first, classNames, temporal, source);
    }

    /** The samples at {@code indices}, in that order (a split of one's own). */
    public ArraySamples subset(int... indices) {
        float[] part = new float[indices.length * sampleSize];
        int[] chosen = new int[indices.length];
        IntStream.range(0, indices.length).forEach(k -> {
            System.arraycopy(values, indices[k] * sampleSize, part, k * sampleSize, sampleSize);
            chosen[k] = labels[indices[k]];
        });
        return new ArraySamples(part, sampleShape, chosen, classNames, temporal, source);
    }
}
