/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.ImageTransform;
import java.util.Arrays;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Writes one sample's counts [T, 2, H, W] as floats, augmented: the same spatial shift and mirror
 * for all T frames (a sample is one scene), and optionally played backwards in time.
 *
 * <p>Random parameters are drawn from the caller's generator in a fixed order (CROP row and
 * column, TRANSLATE row and column, FLIP, TIME_REVERSE, each only when enabled), so a seeded epoch
 * is reproducible. CROP is the images' crop: pad {@link ImageTransform#CROP_PADDING} zero pixels and
 * take a random window, i.e. a shift of up to ±4 pixels; TRANSLATE shifts by up to ±max(1, size/8)
 * pixels per axis; FLIP mirrors columns with probability 0.5; TIME_REVERSE reverses the frame order and
 * swaps ON and OFF with probability 0.5 (what a camera would record of the reversed scene). Pixels
 * shifted in from outside are 0.
 */
final class FrameAugmenter {

    /** The drawn parameters: source = (T-1-t if reverse, 1-c if reverse, y + dy, mirrored x + dx). */
    record Params(int dy, int dx, boolean mirror, boolean reverse, NdaTransform nda) {
        static final Params NONE = new Params(0, 0, false, false);

        /** Without NDA's transforms. */
        Params(int dy, int dx, boolean mirror, boolean reverse) {
            this(dy, dx, mirror, reverse, null);
        }
    }

    private final int frames;
    private final int height;
    private final int width;
    private final boolean crop;
    private final boolean translate;
    private final boolean flip;
    private final boolean timeReverse;
    private final Set<Augmentation> augment;

    FrameAugmenter(int frames, int height, int width, Set<Augmentation> augment) {
        this.frames = frames;
        this.height = height;
        this.width = width;
        this.crop = augment.contains(Augmentation.CROP);
        this.translate = augment.contains(Augmentation.TRANSLATE);
        this.flip = augment.contains(Augmentation.FLIP);
        this.timeReverse = augment.contains(Augmentation.TIME_REVERSE);
        this.augment = Set.copyOf(augment);
    }

    /** Largest TRANSLATE shift along an axis of {@code size} pixels. */
    static int maxShift(int size) {
        return Math.max(1, size / 8);
    }

    Params draw(RandomGenerator rng) {
        int dy = 0;
        int dx = 0;
        if (crop) {
            int pad = ImageTransform.CROP_PADDING;
            dy += rng.nextInt(2 * pad + 1) - pad;
            dx += rng.nextInt(2 * pad + 1) - pad;
        }
        if (translate) {
            int my = maxShift(height);
            int mx = maxShift(width);
            dy -= rng.nextInt(2 * my + 1) - my;
            dx -= rng.nextInt(2 * mx + 1) - mx;
        }
        boolean mirror = flip && rng.nextBoolean();
        boolean reverse = timeReverse && rng.nextBoolean();
        return new Params(dy, dx, mirror, reverse, NdaTransform.draw(rng, augment, height, width));
    }

    /** Writes {@code counts} through {@code lut} (value of each count) into {@code dst} from {@code offset}. */
    void write(short[] counts, float[] lut, float[] dst, int offset, Params p) {
        int plane = height * width;
        float zero = lut[0];
        if (p.equals(Params.NONE)) {
            for (int i = 0; i < counts.length; i++) {
                dst[offset + i] = lut[counts[i] & 0xFFFF];
            }
            return;
        }
        if (p.nda() != null) {
            writeMapped(counts, lut, dst, offset, p);
            return;
        }
        for (int t = 0; t < frames; t++) {
            int st = p.reverse() ? frames - 1 - t : t;
            for (int c = 0; c < 2; c++) {
                int sc = p.reverse() ? 1 - c : c;
                int srcPlane = (st * 2 + sc) * plane;
                int dstPlane = offset + (t * 2 + c) * plane;
                for (int y = 0; y < height; y++) {
                    int sy = y + p.dy();
                    int out = dstPlane + y * width;
                    if (sy < 0 || sy >= height) {
                        Arrays.fill(dst, out, out + width, zero);
                        continue;
                    }
                    int in = srcPlane + sy * width;
                    for (int x = 0; x < width; x++) {
                        int sx = (p.mirror() ? width - 1 - x : x) + p.dx();
                        dst[out + x] = sx >= 0 && sx < width ? lut[counts[in + sx] & 0xFFFF] : zero;
                    }
                }
            }
        }
    }

    /** As {@link #write}, through NDA's source map, then the shift and mirror, the same for every frame and polarity. */
    private void writeMapped(short[] counts, float[] lut, float[] dst, int offset, Params p) {
        int plane = height * width;
        float zero = lut[0];
        int[] map = p.nda().sourceMap(height, width);
        for (int i = 0; i < plane; i++) {
            int m = map[i];
            if (m >= 0) {
                int sy = m / width + p.dy();
                int x = m % width;
                int sx = (p.mirror() ? width - 1 - x : x) + p.dx();
                map[i] = sy >= 0 && sy < height && sx >= 0 && sx < width ? sy * width + sx : -1;
            }
        }
        for (int t = 0; t < frames; t++) {
            int st = p.reverse() ? frames - 1 - t : t;
            for (int c = 0; c < 2; c++) {
                int sc = p.reverse() ? 1 - c : c;
                int srcPlane = (st * 2 + sc) * plane;
                int dstPlane = offset + (t * 2 + c) * plane;
                for (int i = 0; i < plane; i++) {
                    dst[dstPlane + i] = map[i] < 0 ? zero : lut[counts[srcPlane + map[i]] & 0xFFFF];
                }
            }
        }
    }
}
