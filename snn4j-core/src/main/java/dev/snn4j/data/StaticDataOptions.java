/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

/**
 * Settings of the static datasets that are not augmentations: image size of image folders, points
 * per point cloud, what to do with unreadable files, and how many threads decode images.
 *
 * @param imageSize side of the square images an {@link DatasetId#IMAGEFOLDER} dataset produces
 *     (training: random-resized crops of this size; evaluation: the shorter side resized to
 *     {@code round(256 * imageSize / 224)}, then a centre crop of this size)
 * @param points points per point cloud, N in [N, 3]
 * @param skipBadFiles when true, files that cannot be read (corrupt JPEG/PNG, broken OFF mesh, short
 *     point file) are left out, each named in {@link DatasetSplits#warnings()}, and counted in
 *     {@link DatasetSplits#details()}; when false the first one is an error
 * @param decodeThreads threads that decode image-folder images of a batch in parallel; 0 means one
 *     per available processor
 * @param normalize how image pixels are normalised after scaling to [0, 1]
 */
public record StaticDataOptions(int imageSize, int points, boolean skipBadFiles, int decodeThreads,
        PixelNormalization normalize) {

    /**
     * ImageNet's 224x224, 1,024 points (PointNet's setting), stop at bad files, automatic threads,
     * automatic pixel normalisation.
     */
    public static final StaticDataOptions DEFAULT = new StaticDataOptions(224, 1024, false, 0, PixelNormalization.AUTO);

    /** Largest image side accepted: 4,096 (a 3x4096x4096 float sample is 200 MB). */
    public static final int MAX_IMAGE_SIZE = 4096;
    /** Most points per cloud accepted. */
    public static final int MAX_POINTS = 1 << 20;

    public StaticDataOptions {
        if (imageSize < 8 || imageSize > MAX_IMAGE_SIZE) {
            throw Problems.error("image_size: expected an integer in 8.." + MAX_IMAGE_SIZE + ", found " + imageSize);
        }
        if (points < 1 || points > MAX_POINTS) {
            throw Problems.error("points: expected an integer in 1.." + MAX_POINTS + ", found " + points);
        }
        if (normalize == null) {
            throw Problems.error("normalize: expected auto, dataset or none, found none");
        }
        if (decodeThreads < 0 || decodeThreads > 256) {
            throw Problems.error("decode_threads: expected 0 (automatic) to 256, found " + decodeThreads);
        }
    }

    public StaticDataOptions withImageSize(int newImageSize) {
        return new StaticDataOptions(newImageSize, points, skipBadFiles, decodeThreads, normalize);
    }

    public StaticDataOptions withPoints(int newPoints) {
        return new StaticDataOptions(imageSize, newPoints, skipBadFiles, decodeThreads, normalize);
    }

    public StaticDataOptions withSkipBadFiles(boolean skip) {
        return new StaticDataOptions(imageSize, points, skip, decodeThreads, normalize);
    }

    public StaticDataOptions withDecodeThreads(int threads) {
        return new StaticDataOptions(imageSize, points, skipBadFiles, threads, normalize);
    }

    public StaticDataOptions withNormalize(PixelNormalization newNormalize) {
        return new StaticDataOptions(imageSize, points, skipBadFiles, decodeThreads, newNormalize);
    }

    /** The decoding threads to use: {@link #decodeThreads()}, or the processor count for 0. */
    public int effectiveDecodeThreads() {
        return decodeThreads > 0 ? decodeThreads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
