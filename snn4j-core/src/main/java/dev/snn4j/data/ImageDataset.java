/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.Snn4jException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of labelled images: N images of C x H x W unsigned-byte pixels.
 *
 * <p>All pixels live in ONE byte array (image-major, then channel, row, column) and all labels
 * in one int array, with no object per sample: 60,000 Fashion-MNIST images cost 47 MB and the
 * batcher turns an index into an array offset. Pixels stay as bytes until a batch is built,
 * which is four times smaller than storing floats and is where augmentation needs raw values.
 *
 * <p>The arrays are never modified after construction, so {@link #limit(int)} can share them.
 */
public final class ImageDataset {

    private final byte[] pixels;
    private final int[] labels;
    private final int size;
    private final int channels;
    private final int height;
    private final int width;
    private final List<String> classNames;
    private final String source;

    /**
     * Builds a data set from arrays that are copied, so the caller may reuse them.
     *
     * @param pixels {@code labels.length * channels * height * width} unsigned bytes
     * @param labels one label per image, each in {@code [0, classNames.size())}
     * @param classNames class names indexed by label
     * @param source where the data came from, for logs and reports
     * @throws Snn4jException when counts, sizes or labels do not fit together
     */
    public ImageDataset(byte[] pixels, int channels, int height, int width, int[] labels,
            List<String> classNames, String source) {
        this(Objects.requireNonNull(pixels, "pixels").clone(), "the pixel array", channels, height, width,
                Objects.requireNonNull(labels, "labels").clone(), "the label array", classNames, source);
    }

    /**
     * Builds a one-channel data set from what {@link IdxReader} returned, naming the two files
     * in every error (count mismatch, label out of range). Takes over the pixel array without
     * copying it, because the real training set is 47 MB; the caller must not change it.
     */
    public static ImageDataset fromIdx(IdxImages images, String imagesName, byte[] labels, String labelsName,
            List<String> classNames, String source) {
        int[] intLabels = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            intLabels[i] = labels[i] & 0xFF;
        }
        return new ImageDataset(images.pixels(), imagesName, 1, images.rows(), images.cols(), intLabels,
                labelsName, classNames, source);
    }

    /**
     * Takes over {@code pixels} and {@code labels} without copying them (the readers of large sets
     * build them once); the caller must not change them afterwards.
     */
    static ImageDataset adopt(byte[] pixels, String pixelsName, int channels, int height, int width, int[] labels,
            String labelsName, List<String> classNames, String source) {
        return new ImageDataset(pixels, pixelsName, channels, height, width, labels, labelsName, classNames, source);
    }

    private ImageDataset(byte[] pixels, String pixelsName, int channels, int height, int width, int[] labels,
            String labelsName, List<String> classNames, String source) {
        this.classNames = List.copyOf(classNames);
        this.source = Objects.requireNonNull(source, "source");
        if (channels < 1 || height < 1 || width < 1) {
            throw Problems.error(pixelsName + ": expected positive image dimensions, found "
                    + channels + "x" + height + "x" + width);
        }
        if (this.classNames.isEmpty()) {
            throw Problems.error(source + ": expected at least one class name, found none");
        }
        long imageBytes = (long) channels * height * width;
        if (pixels.length % imageBytes != 0) {
            throw Problems.error(pixelsName + ": expected a multiple of " + channels + "x" + height + "x" + width
                    + " = " + imageBytes + " bytes, found " + pixels.length);
        }
        long images = pixels.length / imageBytes;
        if (images != labels.length) {
            throw Problems.error("image/label count mismatch: " + pixelsName + " has " + images + " images, "
                    + labelsName + " has " + labels.length + " labels");
        }
        if (images == 0) {
            throw Problems.error(pixelsName + ": expected at least one image, found none");
        }
        int numClasses = this.classNames.size();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw Problems.error(labelsName + ": label out of range at index " + i + ": expected 0.."
                        + (numClasses - 1) + ", found " + labels[i]);
            }
        }
        this.pixels = pixels;
        this.labels = labels;
        this.size = labels.length;
        this.channels = channels;
        this.height = height;
        this.width = width;
    }

    /** A view of the first {@code size} samples of {@code parent}, sharing its arrays. */
    private ImageDataset(ImageDataset parent, int size) {
        this.pixels = parent.pixels;
        this.labels = parent.labels;
        this.size = size;
        this.channels = parent.channels;
        this.height = parent.height;
        this.width = parent.width;
        this.classNames = parent.classNames;
        this.source = parent.source;
    }

    /** Number of images. */
    public int size() {
        return size;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Bytes (= pixels) per image, {@code channels * height * width}. */
    public int imageBytes() {
        return channels * height * width;
    }

    /** The label of image {@code i}, in {@code [0, numClasses())}. */
    public int label(int i) {
        return labels[Objects.checkIndex(i, size)];
    }

    /** A copy of all labels, in order. */
    public int[] labels() {
        return Arrays.copyOf(labels, size);
    }

    /** One pixel as an unsigned value in {@code [0, 255]}. */
    public int pixel(int i, int c, int y, int x) {
        Objects.checkIndex(i, size);
        Objects.checkIndex(c, channels);
        Objects.checkIndex(y, height);
        Objects.checkIndex(x, width);
        return pixels[((i * channels + c) * height + y) * width + x] & 0xFF;
    }

    /** A copy of image {@code i}'s {@link #imageBytes()} unsigned bytes, in C, H, W order. */
    public byte[] image(int i) {
        int n = imageBytes();
        int from = Objects.checkIndex(i, size) * n;
        return Arrays.copyOfRange(pixels, from, from + n);
    }

    /** How many images each class has, indexed by label. */
    public int[] classCounts() {
        int[] counts = new int[numClasses()];
        for (int i = 0; i < size; i++) {
            counts[labels[i]]++;
        }
        return counts;
    }

    /** Class names indexed by label; immutable. */
    public List<String> classNames() {
        return classNames;
    }

    public int numClasses() {
        return classNames.size();
    }

    /** Where the data came from, e.g. a folder and the package that installed it. */
    public String source() {
        return source;
    }

    /**
     * The first {@code n} samples, for quick runs ({@code --train-limit}); the whole set when
     * {@code n >= size()}. Shares the pixel array, so it costs nothing.
     *
     * @throws Snn4jException naming {@code --train-limit} when {@code n <= 0}
     */
    public ImageDataset limit(int n) {
        if (n <= 0) {
            throw Problems.error("train_limit: expected a positive number of samples, found " + n);
        }
        return n >= size ? this : new ImageDataset(this, n);
    }

    /** The shared pixel array, for the batcher only: read, never write. */
    byte[] pixelArray() {
        return pixels;
    }

    @Override
    public String toString() {
        return "ImageDataset[" + size + " images of " + channels + "x" + height + "x" + width + ", "
                + classNames.size() + " classes, from " + source + "]";
    }
}
