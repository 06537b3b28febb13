package dev.snn4j.data;

import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The sequential part of batching: builds batch after batch of one epoch, in order.
 *
 * <p>Everything random (the epoch's permutation, then each sample's crop and flip, in sample
 * order) comes from one generator seeded by (seed, epoch), so an epoch is fully determined by
 * those two numbers whether it runs on a background thread or, as in tests, on the caller's.
 */
final class BatchProducer implements BatchLoader.Source {

    private final ImageDataset dataset;
    private final int batchSize;
    /** Sample order, or null for 0, 1, 2, ... */
    private final int[] order;
    private final ImageTransform transform;
    /** Augmentation randomness; null when nothing is random. */
    private final SplittableRandom rng;
    private final int batchCount;
    private int nextBatch;

    private BatchProducer(ImageDataset dataset, int batchSize, int[] order, ImageTransform transform,
            SplittableRandom rng) {
        this.dataset = dataset;
        this.batchSize = batchSize;
        this.order = order;
        this.transform = transform;
        this.rng = rng;
        this.batchCount = batchCount(dataset.size(), batchSize);
    }

    /** A shuffled, augmented epoch; see {@link BatchLoader#training}. */
    static BatchProducer training(ImageDataset ds, int batchSize, long seed, int epoch,
            Set<Augmentation> augment, Normalization norm) {
        checkArguments(ds, batchSize, norm);
        SplittableRandom rng = new SplittableRandom(epochSeed(seed, epoch));
        int[] order = permutation(ds.size(), rng);
        ImageTransform t = new ImageTransform(ds.channels(), ds.height(), ds.width(), augment, norm);
        return new BatchProducer(ds, batchSize, order, t, rng);
    }

    /** The samples in order, not augmented; see {@link BatchLoader#evaluation}. */
    static BatchProducer evaluation(ImageDataset ds, int batchSize, Normalization norm) {
        checkArguments(ds, batchSize, norm);
        ImageTransform t = new ImageTransform(ds.channels(), ds.height(), ds.width(),
                EnumSet.noneOf(Augmentation.class), norm);
        return new BatchProducer(ds, batchSize, null, t, null);
    }

    private static void checkArguments(ImageDataset ds, int batchSize, Normalization norm) {
        Objects.requireNonNull(ds, "dataset");
        Objects.requireNonNull(norm, "norm");
        if (batchSize < 1) {
            throw Messages.error("--batch-size: expected a positive integer, found " + batchSize);
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
        int imageSize = transform.imageSize();
        float[] data = new float[b * imageSize];
        int[] labels = new int[b];
        byte[] pixels = dataset.pixelArray();
        for (int k = 0; k < b; k++) {
            int index = order == null ? first + k : order[first + k];
            labels[k] = dataset.label(index);
            if (rng == null) {
                transform.write(pixels, index * imageSize, data, k * imageSize,
                        ImageTransform.CROP_PADDING, ImageTransform.CROP_PADDING, false);
            } else {
                transform.apply(pixels, index * imageSize, data, k * imageSize, rng);
            }
        }
        nextBatch++;
        long[] shape = {b, dataset.channels(), dataset.height(), dataset.width()};
        return new HostBatch(data, shape, labels);
    }
}
