/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import java.util.random.RandomGenerator;

/**
 * The part of a source image that becomes a sample, in source pixels (fractional for the evaluation
 * resize), and whether it is mirrored.
 *
 * <p>{@link #randomResized} is torchvision's {@code RandomResizedCrop.get_params} (scale 0.08-1, aspect
 * ratio 3/4-4/3, ten tries, then the central crop with the ratio clamped), with Python's rounding
 * (half to even). {@link #evaluation} is {@code Resize(round(256 * size / 224))} (shorter side;
 * the longer one truncated as torchvision does) followed by {@code CenterCrop(size)}, expressed as the
 * source rectangle that lands in the crop.
 *
 * @param x left edge in source pixels
 * @param y top edge in source pixels
 * @param width source width that maps onto the output width
 * @param height source height that maps onto the output height
 * @param mirror whether the output is mirrored left-right
 */
record CropBox(double x, double y, double width, double height, boolean mirror) {

    static final double SCALE_LOW = 0.08;
    static final double SCALE_HIGH = 1.0;
    static final double RATIO_LOW = 3.0 / 4.0;
    static final double RATIO_HIGH = 4.0 / 3.0;

    /** torchvision's random-resized-crop parameters for a {@code w x h} image, drawn from {@code rng}. */
    static CropBox randomResized(int w, int h, RandomGenerator rng) {
        double area = (double) w * h;
        double logLow = Math.log(RATIO_LOW);
        double logHigh = Math.log(RATIO_HIGH);
        for (int attempt = 0; attempt < 10; attempt++) {
            double target = area * (SCALE_LOW + rng.nextDouble() * (SCALE_HIGH - SCALE_LOW));
            double ratio = Math.exp(logLow + rng.nextDouble() * (logHigh - logLow));
            int cw = (int) Math.rint(Math.sqrt(target * ratio));
            int ch = (int) Math.rint(Math.sqrt(target / ratio));
            if (cw > 0 && cw <= w && ch > 0 && ch <= h) {
                int top = rng.nextInt(h - ch + 1);
                int left = rng.nextInt(w - cw + 1);
                return new CropBox(left, top, cw, ch, false);
            }
        }
        double inRatio = (double) w / h;
        int cw;
        int ch;
        if (inRatio < RATIO_LOW) {
            cw = w;
            ch = (int) Math.rint(cw / RATIO_LOW);
        } else if (inRatio > RATIO_HIGH) {
            ch = h;
            cw = (int) Math.rint(ch * RATIO_HIGH);
        } else {
            cw = w;
            ch = h;
        }
        return new CropBox((w - cw) / 2, (h - ch) / 2, cw, ch, false);
    }

    /** The shorter side's length before the evaluation centre crop: round(256 * size / 224). */
    static int resizeFor(int size) {
        return (int) Math.round(256.0 * size / 224.0);
    }

    /** Resize the shorter side to {@link #resizeFor}(size), centre-crop size x size: as a source box. */
    static CropBox evaluation(int w, int h, int size) {
        int shorter = resizeFor(size);
        int rw;
        int rh;
        if (w <= h) {
            rw = shorter;
            rh = (int) ((long) shorter * h / w);
        } else {
            rh = shorter;
            rw = (int) ((long) shorter * w / h);
        }
        int top = (int) Math.rint((rh - size) / 2.0);
        int left = (int) Math.rint((rw - size) / 2.0);
        double sx = (double) w / rw;
        double sy = (double) h / rh;
        return new CropBox(left * sx, top * sy, size * sx, size * sy, false);
    }

    CropBox mirrored(boolean m) {
        return new CropBox(x, y, width, height, m);
    }
}
