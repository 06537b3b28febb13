/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import dev.snn4j.Snn4jException;
import dev.snn4j.data.Augmentation;
import dev.snn4j.data.Cutout;
import dev.snn4j.data.Normalization;
import dev.snn4j.data.Problems;
import dev.snn4j.data.SampleDataset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;

/**
 * Images of an image folder as samples [3, S, S], decoded from their files every time they are used.
 *
 * <p>Training (a generator given): with CROP, torchvision's random-resized crop (scale 0.08-1, ratio
 * 3/4-4/3) resized to S x S; without, the evaluation view; then FLIP mirrors with probability 1/2 and
 * CUTOUT zeroes a square after normalisation. Evaluation: the shorter side resized to
 * round(256 S / 224), then the centre S x S. Resizing is antialiased bilinear ({@link Resampler}),
 * normalisation ImageNet's.
 *
 * <p>Parallel decoding, deterministic: {@link #writeAll} (called once per batch by the batch loader's
 * producer thread) first draws every sample's random parameters from the generator, in sample order,
 * exactly as {@link #write} would one sample at a time (they depend only on the image size, known from
 * the index), and only then decodes the images on a pool of {@code threads} threads, each into its own
 * fixed slot of the batch. So a batch is the same on 1 or 16 threads, and the same as sample-by-sample
 * writes; with the loader's prefetch, the next batch is decoded on all cores while the model trains.
 */
public final class ImageFolderSamples implements SampleDataset {

    private final List<ImageFolderIndex.Entry> entries;
    private final int size;
    private final List<String> classNames;
    private final int imageSize;
    private final Set<Augmentation> augment;
    private final String source;
    private final int threads;
    private final Normalization norm;
    private final float[][] lut;

    /** Files that failed to decode, with skip-bad-files; null: a failure stops the work. */
    private final DecodeSkips skips;

    ImageFolderSamples(List<ImageFolderIndex.Entry> entries, List<String> classNames, int imageSize, Set<Augmentation> augment,
            String source, int threads, Normalization norm, boolean skipBadFiles) {
        this(List.copyOf(entries), entries.size(), classNames, imageSize, augment, source, threads, norm,
                skipBadFiles ? new DecodeSkips() : null);
    }

    private ImageFolderSamples(List<ImageFolderIndex.Entry> entries, int size, List<String> classNames, int imageSize,
            Set<Augmentation> augment, String source, int threads, Normalization norm, DecodeSkips skips) {
        this.skips = skips;
        this.entries = entries;
        this.size = size;
        this.classNames = List.copyOf(classNames);
        this.imageSize = imageSize;
        this.augment = Set.copyOf(augment);
        this.source = source;
        this.threads = threads;
        this.norm = norm;
        this.lut = new float[3][256];
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                lut[c][v] = norm.apply(c, v);
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int label(int index) {
        return entries.get(Objects.checkIndex(index, size)).label();
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public long[] sampleShape() {
        return new long[] {3, imageSize, imageSize};
    }

    @Override
    public boolean temporal() {
        return false;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public Normalization normalization() {
        return norm;
    }

    /** The file of sample {@code index}. */
    public java.nio.file.Path file(int index) {
        return entries.get(Objects.checkIndex(index, size)).file();
    }

    /** Width and height of sample {@code index}'s image, as indexed. */
    public int[] imageDimensions(int index) {
        ImageFolderIndex.Entry e = entries.get(Objects.checkIndex(index, size));
        return new int[] {e.width(), e.height()};
    }

    /** Decoding threads of {@link #writeAll}. */
    public int threads() {
        return threads;
    }

    /** Everything random about one sample, drawn before decoding. */
    private record Params(CropBox box, int cutoutY, int cutoutX) {}

    private Params draw(int index, RandomGenerator rng) {
        ImageFolderIndex.Entry e = entries.get(Objects.checkIndex(index, size));
        if (rng == null) {
            return new Params(CropBox.evaluation(e.width(), e.height(), imageSize), -1, -1);
        }
        CropBox box = augment.contains(Augmentation.CROP) ? CropBox.randomResized(e.width(), e.height(), rng)
                : CropBox.evaluation(e.width(), e.height(), imageSize);
        if (augment.contains(Augmentation.FLIP)) {
            box = box.mirrored(rng.nextBoolean());
        }
        if (augment.contains(Augmentation.CUTOUT)) {
            return new Params(box, rng.nextInt(imageSize), rng.nextInt(imageSize));
        }
        return new Params(box, -1, -1);
    }

    /**
     * Renders sample {@code index}; with skip-bad-files, a file that fails to decode is reported
     * once and never tried again, and the sample becomes the next image of its class that decodes
     * (in index order, wrapping around; its evaluation view, the other random draws kept), so a
     * batch keeps its size and labels whatever the timing of the decoding threads.
     */
    private void render(int index, Params p, float[] dst, int offset) {
        if (skips == null) {
            renderEntry(entries.get(index), p, dst, offset);
            return;
        }
        int label = entries.get(index).label();
        int candidate = index;
        Params params = p;
        do {
            if (!skips.isBad(candidate)) {
                try {
                    renderEntry(entries.get(candidate), params, dst, offset);
                    return;
                } catch (Snn4jException e) {
                    skips.markBad(candidate, "skipped " + e.getMessage() + " (found when decoded; its samples are replaced by the "
                            + "next image of class " + classNames.get(label) + ", --skip-bad-files)");
                }
            }
            do {
                candidate = (candidate + 1) % size;
            } while (entries.get(candidate).label() != label);
            ImageFolderIndex.Entry next = entries.get(candidate);
            params = new Params(CropBox.evaluation(next.width(), next.height(), imageSize), p.cutoutY(), p.cutoutX());
        } while (candidate != index);
        throw Problems.error(source + ": expected an image of class " + classNames.get(label) + " that decodes, found none ("
                + skips.count() + " file(s) failed to decode, --skip-bad-files)");
    }

    @Override
    public List<String> drainWarnings() {
        return skips == null ? List.of() : skips.drain();
    }

    private void renderEntry(ImageFolderIndex.Entry e, Params p, float[] dst, int offset) {
        ImageFiles.Rgb img = ImageFiles.decode(e.file());
        if (img.width() != e.width() || img.height() != e.height()) {
            throw Problems.error(e.file() + ": expected the " + e.width() + "x" + e.height() + " image found when indexed, found "
                    + img.width() + "x" + img.height() + " (was the file changed?)");
        }
        Resampler.resample(img.pixels(), img.width(), img.height(), p.box(), imageSize, lut, dst, offset);
        if (p.cutoutY() >= 0) {
            Cutout.apply(dst, offset, 3, imageSize, imageSize, p.cutoutY(), p.cutoutX(), Cutout.side(imageSize, imageSize));
        }
    }

    @Override
    public void write(int index, float[] dst, int offset, RandomGenerator rng) {
        render(index, draw(index, rng), dst, offset);
    }

    @Override
    public void writeAll(int[] indices, float[] dst, int offset, RandomGenerator rng) {
        int n = sampleSize();
        Params[] params = new Params[indices.length];
        for (int k = 0; k < indices.length; k++) {
            params[k] = draw(indices[k], rng); // sequential: the generator's order is the sample order
        }
        if (threads <= 1 || indices.length == 1) {
            for (int k = 0; k < indices.length; k++) {
                render(indices[k], params[k], dst, offset + k * n);
            }
            return;
        }
        ForkJoinPool pool = DecodePool.get(threads);
        Future<?>[] jobs = new Future<?>[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int slot = k;
            jobs[k] = pool.submit(() -> render(indices[slot], params[slot], dst, offset + slot * n));
        }
        RuntimeException first = null;
        for (Future<?> job : jobs) {
            try {
                job.get();
            } catch (InterruptedException e) {
                for (Future<?> j : jobs) {
                    j.cancel(true);
                }
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while decoding a batch", e);
            } catch (ExecutionException e) {
                if (first == null) { // the first failure in sample order, whatever finished first
                    Throwable c = e.getCause();
                    first = c instanceof Snn4jException s ? new Snn4jException(s.getMessage(), s)
                            : c instanceof RuntimeException r ? r : new IllegalStateException(c);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public ImageFolderSamples limit(int n) {
        return new ImageFolderSamples(entries, Math.max(0, Math.min(n, size)), classNames, imageSize, augment, source, threads, norm,
                skips);
    }
}
