/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Record;
import ai.djl.translate.TranslateException;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.SampleDataset;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A DJL {@link RandomAccessDataset} (an {@code ArrayDataset}, a DJL basic dataset, one's own) as
 * snn4j's {@link SampleDataset}, so that {@link SnnTraining} trains on it: each record's first data
 * array is one sample (static [C, H, W], or temporal [T, ...]), its first label array holds the
 * class. Samples are read from the dataset when a batch needs them; the labels are read once.
 */
public final class DjlSamples implements SampleDataset {

    private final RandomAccessDataset dataset;
    private final int[] labels;
    private final long[] sampleShape;
    private final List<String> classNames;
    private final boolean temporal;
    private final int size;

    private DjlSamples(RandomAccessDataset dataset, int size, int[] labels, long[] sampleShape, List<String> classNames,
            boolean temporal) {
        this.dataset = dataset;
        this.size = size;
        this.labels = labels;
        this.sampleShape = sampleShape;
        this.classNames = List.copyOf(classNames);
        this.temporal = temporal;
    }

    /**
     * @param classNames the class names, label {@code i} being {@code classNames.get(i)}
     * @param temporal whether a sample's first axis is time ([T, ...])
     */
    public static DjlSamples of(RandomAccessDataset dataset, List<String> classNames, boolean temporal) {
        try {
            dataset.prepare();
        } catch (IOException | TranslateException e) {
            throw new Snn4jException("DJL dataset: cannot prepare: " + e.getMessage(), e);
        }
        int n = Math.toIntExact(dataset.size());
        if (n < 1) {
            throw new Snn4jException("DJL dataset: expected at least one record, found none");
        }
        int[] labels = new int[n];
        long[] shape = null;
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int i = 0; i < n; i++) {
                try (NDManager scope = manager.newSubManager()) {
                    Record record = record(dataset, scope, i);
                    long[] s = record.getData().head().getShape().getShape();
                    if (shape == null) {
                        shape = s;
                    } else if (!Arrays.equals(shape, s)) {
                        throw new Snn4jException("DJL dataset: record " + i + ": expected a sample of shape "
                                + Arrays.toString(shape) + " like record 0, found " + Arrays.toString(s));
                    }
                    labels[i] = label(record.getLabels(), i, classNames.size());
                }
            }
        }
        return new DjlSamples(dataset, n, labels, shape, classNames, temporal);
    }

    private static Record record(RandomAccessDataset dataset, NDManager manager, long index) {
        try {
            return dataset.get(manager, index);
        } catch (IOException e) {
            throw new Snn4jException("DJL dataset: record " + index + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static int label(NDList labels, int index, int classes) {
        if (labels == null || labels.isEmpty() || labels.head().size() < 1) {
            throw new Snn4jException("DJL dataset: record " + index + ": expected a class label, found none");
        }
        float value = labels.head().toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray()[0];
        int label = (int) value;
        if (label != value || label < 0 || label >= classes) {
            throw new Snn4jException("DJL dataset: record " + index + ": expected a class in 0.." + (classes - 1) + ", found "
                    + value);
        }
        return label;
    }

    @Override
    public int size() {
        return size;
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
        return "DJL dataset " + dataset.getClass().getSimpleName();
    }

    @Override
    public void write(int index, float[] dst, int offset, RandomGenerator rng) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray sample = record(dataset, manager, index).getData().head();
            float[] values = sample.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray();
            System.arraycopy(values, 0, dst, offset, values.length);
        }
    }

    @Override
    public SampleDataset limit(int n) {
        return n >= size ? this : new DjlSamples(dataset, n, Arrays.copyOf(labels, n), sampleShape, classNames, temporal);
    }
}
