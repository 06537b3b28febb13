/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Turns one raw uint8 image into normalised floats, optionally cropped and flipped.
 *
 * <p>Crop, flip and normalisation happen in one pass that reads each source byte once and looks
 * its float up in a 256-entry table per channel, because this runs for every training sample
 * of every epoch. Crop padding is the raw value 0, i.e. black before normalisation, exactly as
 * torchvision's {@code RandomCrop(padding=4)} pads the PIL image before {@code ToTensor}.
 *
 * <p>The random parameters come from a {@link RandomGenerator} the caller owns, so a seeded
 * generator makes an epoch reproducible, and {@link #write} takes them explicitly so tests can
 * check exact offsets.
 */
public final class ImageTransform {

    /** Zero padding on each side of the image before a random crop. */
    public static final int CROP_PADDING = 4;

    private final int channels;
    private final int height;
    private final int width;
    private final boolean crop;
    private final boolean flip;
    private final boolean cutout;
    /** lut[c][v]: normalised value of raw pixel v on channel c. */
    private final float[][] lut;

    /**
     * @param augment the augmentations {@link #apply} draws; empty for evaluation
     * @param norm per-channel normalisation, with {@code channels} channels
     */
    public ImageTransform(int channels, int height, int width, Set<Augmentation> augment, Normalization norm) {
        Objects.requireNonNull(augment, "augment");
        Objects.requireNonNull(norm, "norm");
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("expected positive image dimensions, found "
                    + channels + "x" + height + "x" + width);
        }
        if (norm.channels() != channels) {
            throw Problems.error("normalization: expected " + channels + " channel(s) to match the images, found "
                    + norm.channels());
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.crop = augment.contains(Augmentation.CROP);
        this.flip = augment.contains(Augmentation.FLIP);
        this.cutout = augment.contains(Augmentation.CUTOUT);
        this.lut = new float[channels][256];
        for (int c = 0; c < channels; c++) {
            for (int v = 0; v < 256; v++) {
                lut[c][v] = norm.apply(c, v);
            }
        }
    }

    /** Pixels per image, {@code channels * height * width}. */
    public int imageSize() {
        return channels * height * width;
    }

    /**
     * Draws this transform's random parameters from {@code rng} (crop row, crop column, flip, then
     * the cutout centre's row and column, each only when enabled) and writes the result; see
     * {@link #write} and {@link Cutout}.
     */
    public void apply(byte[] src, int srcOffset, float[] dst, int dstOffset, RandomGenerator rng) {
        int cropY = CROP_PADDING;
        int cropX = CROP_PADDING;
        if (crop) {
            cropY = rng.nextInt(2 * CROP_PADDING + 1);
            cropX = rng.nextInt(2 * CROP_PADDING + 1);
        }
        boolean mirror = flip && rng.nextBoolean();
        write(src, srcOffset, dst, dstOffset, cropY, cropX, mirror);
        if (cutout) {
            int cy = rng.nextInt(height);
            int cx = rng.nextInt(width);
            Cutout.apply(dst, dstOffset, channels, height, width, cy, cx, Cutout.side(height, width));
        }
    }

    /**
     * Writes one normalised image: conceptually pads the raw image with {@link #CROP_PADDING}
     * zeros on each side, takes the H x W window whose top-left corner is at
     * ({@code cropY}, {@code cropX}) of the padded image, then mirrors it left-right if
     * {@code mirror}. {@code cropY = cropX = CROP_PADDING} with no mirror is the plain image.
     *
     * @param cropY window row in the padded image, in {@code [0, 2 * CROP_PADDING]}
     * @param cropX window column in the padded image, in {@code [0, 2 * CROP_PADDING]}
     */
    public void write(byte[] src, int srcOffset, float[] dst, int dstOffset, int cropY, int cropX,
            boolean mirror) {
        if (cropY < 0 || cropY > 2 * CROP_PADDING || cropX < 0 || cropX > 2 * CROP_PADDING) {
            throw new IllegalArgumentException("expected crop offsets in [0, " + 2 * CROP_PADDING + "], found "
                    + cropY + ", " + cropX);
        }
        Objects.checkFromIndexSize(srcOffset, imageSize(), src.length);
        Objects.checkFromIndexSize(dstOffset, imageSize(), dst.length);
        int dy = cropY - CROP_PADDING;
        int dx = cropX - CROP_PADDING;
        for (int c = 0; c < channels; c++) {
            float[] table = lut[c];
            float pad = table[0];
            for (int y = 0; y < height; y++) {
                int out = dstOffset + (c * height + y) * width;
                int sy = y + dy;
                if (sy < 0 || sy >= height) {
                    Arrays.fill(dst, out, out + width, pad);
                    continue;
                }
                int in = srcOffset + (c * height + sy) * width;
                for (int x = 0; x < width; x++) {
                    // Output column x shows cropped column x, or width-1-x when mirrored.
                    int sx = (mirror ? width - 1 - x : x) + dx;
                    dst[out + x] = sx >= 0 && sx < width ? table[src[in + sx] & 0xFF] : pad;
                }
            }
        }
    }
}
