/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The sequential part of batching: builds batch after batch of one epoch, in order.
 *
 * <p>Everything random (the epoch's permutation, then each sample's crop and flip, in sample
 * order) comes from one generator seeded by (seed, epoch), so an epoch is fully determined by
 * those two numbers whether it runs on a background thread or, as in tests, on the caller's.
 */
final class BatchProducer implements BatchLoader.Source {

    private final SampleDataset dataset;
    private final int batchSize;
    /** Sample order, or null for 0, 1, 2, ... */
    private final int[] order;
    /** Augmentation randomness; null for evaluation. */
    private final SplittableRandom rng;
    private final int batchCount;
    private int nextBatch;

    private BatchProducer(SampleDataset dataset, int batchSize, int[] order, SplittableRandom rng) {
        this.dataset = dataset;
        this.batchSize = batchSize;
        this.order = order;
        this.rng = rng;
        this.batchCount = batchCount(dataset.size(), batchSize);
    }

    /** A shuffled, augmented epoch; see {@link BatchLoader#training}. */
    static BatchProducer training(SampleDataset ds, int batchSize, long seed, int epoch) {
        checkArguments(ds, batchSize);
        SplittableRandom rng = new SplittableRandom(epochSeed(seed, epoch));
        int[] order = permutation(ds.size(), rng);
        return new BatchProducer(ds, batchSize, order, rng);
    }

    /** The samples in order, not augmented; see {@link BatchLoader#evaluation}. */
    static BatchProducer evaluation(SampleDataset ds, int batchSize) {
        checkArguments(ds, batchSize);
        return new BatchProducer(ds, batchSize, null, null);
    }

    private static void checkArguments(SampleDataset ds, int batchSize) {
        Objects.requireNonNull(ds, "dataset");
        if (batchSize < 1) {
            throw Problems.error("batch_size: expected a positive integer, found " + batchSize);
        }
    }

    /** Number of batches for {@code size} samples, the last one partial when needed. */
    static int batchCount(int size, int batchSize) {
        return (int) ((size + (long) batchSize - 1) / batchSize);
    }

    /**
     * Mixes (seed, epoch) into one generator seed with the SplitMix64 finaliser, so that
     * neighbouring seeds and epochs give unrelated streams.
     */
    static long epochSeed(long seed, int epoch) {
        return mix64(mix64(seed) + 0x9E3779B97F4A7C15L * (epoch + 1L));
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
    static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    int batchCount() {
        return batchCount;
    }

    boolean hasNext() {
        return nextBatch < batchCount;
    }

    @Override
    public HostBatch next() {
        if (!hasNext()) {
            throw new NoSuchElementException("epoch has only " + batchCount + " batches");
        }
        int first = nextBatch * batchSize;
        int b = Math.min(batchSize, dataset.size() - first);
        int sampleSize = dataset.sampleSize();
        float[] data = new float[b * sampleSize];
        int[] labels = new int[b];
        long[] sample = dataset.sampleShape();
        // temporal samples [T, rest] go to [T, B, rest]: each sample is written contiguously, then
        // its time steps are scattered to their places in the batch
        int steps = dataset.temporal() ? (int) sample[0] : 1;
        int rest = sampleSize / steps;
        float[] scratch = steps > 1 ? new float[sampleSize] : null;
        int[] indices = new int[b];
        for (int k = 0; k < b; k++) {
            indices[k] = order == null ? first + k : order[first + k];
            labels[k] = dataset.label(indices[k]);
        }
        if (scratch == null) {
            dataset.writeAll(indices, data, 0, rng); // one call: the dataset may decode the batch in parallel
        } else {
            for (int k = 0; k < b; k++) {
                dataset.write(indices[k], scratch, 0, rng);
                for (int t = 0; t < steps; t++) {
                    System.arraycopy(scratch, t * rest, data, (t * b + k) * rest, rest);
                }
            }
        }
        nextBatch++;
        return new HostBatch(data, batchShape(sample, b), labels);
    }

    /** [B, ...sample], or [T, B, ...rest] for temporal samples. */
    private long[] batchShape(long[] sample, int b) {
        long[] shape = new long[sample.length + 1];
        if (dataset.temporal()) {
            shape[0] = sample[0];
            shape[1] = b;
            System.arraycopy(sample, 1, shape, 2, sample.length - 1);
        } else {
            shape[0] = b;
            System.arraycopy(sample, 0, shape, 1, sample.length);
        }
        return shape;
    }
}
