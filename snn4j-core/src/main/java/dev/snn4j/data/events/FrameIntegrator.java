/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.FrameOptions;
import dev.snn4j.data.FrameSplit;
import java.util.Objects;

/**
 * Integrates an event stream into T frames of event counts, [T, 2, H, W] (channel 0 OFF, channel 1
 * ON, at [y, x]), by the split rules of {@link FrameSplit} and with optional downsampling by summing.
 *
 * <p>Downsampling maps sensor column x to output column floor(x * W / sensorWidth) and row y to
 * floor(y * H / sensorHeight), in exact integer arithmetic, so each output bin sums a block of 2 or 3
 * sensor pixels per axis for 128 → 48 and every event lands in exactly one bin. Lookup tables built
 * once per integrator turn this into two array reads per event; the loop over a frame's events has
 * no branch and no division.
 */
public final class FrameIntegrator {

    private final SensorSize sensor;
    private final int frames;
    private final int height;
    private final int width;
    private final FrameSplit split;
    private final int clip;
    /** Output column of each sensor column. */
    private final int[] columnBin;
    /** Offset (row * width) of each sensor row's output row. */
    private final int[] rowOffset;

    /**
     * @param frames T
     * @param height output rows (at most the sensor's)
     * @param width output columns (at most the sensor's)
     * @param clip counts above this are clipped; 0 for none
     */
    public FrameIntegrator(SensorSize sensor, int frames, int height, int width, FrameSplit split, int clip) {
        this.sensor = Objects.requireNonNull(sensor, "sensor");
        this.split = Objects.requireNonNull(split, "split");
        if (frames < 1) {
            throw new IllegalArgumentException("expected T >= 1, found " + frames);
        }
        if (height < 1 || width < 1 || height > sensor.height() || width > sensor.width()) {
            throw new IllegalArgumentException("expected a frame size of 1x1 up to the sensor's " + sensor.height() + "x"
                    + sensor.width() + " (rows x columns), found " + height + "x" + width);
        }
        if (clip < 0 || clip > FrameOptions.MAX_COUNT) {
            throw new IllegalArgumentException("expected clip in 0.." + FrameOptions.MAX_COUNT + ", found " + clip);
        }
        this.frames = frames;
        this.height = height;
        this.width = width;
        this.clip = clip;
        this.columnBin = new int[sensor.width()];
        for (int x = 0; x < columnBin.length; x++) {
            columnBin[x] = (int) ((long) x * width / sensor.width());
        }
        this.rowOffset = new int[sensor.height()];
        for (int y = 0; y < rowOffset.length; y++) {
            rowOffset[y] = (int) ((long) y * height / sensor.height()) * width;
        }
    }

    /** The integrator a dataset's frame options call for ({@code T} and the chosen frame size). */
    public static FrameIntegrator of(SensorSize sensor, int frames, int height, int width, FrameOptions options) {
        return new FrameIntegrator(sensor, frames, height, width, options.split(), options.clip());
    }

    public int frames() {
        return frames;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Values per sample: T * 2 * H * W. */
    public int sampleSize() {
        return frames * 2 * height * width;
    }

    /** The counts of {@code events} as a new array [T, 2, H, W]. */
    public int[] integrate(Events events) {
        int[] counts = new int[sampleSize()];
        integrate(events, counts);
        return counts;
    }

    /** Integrates into {@code counts} (length {@link #sampleSize()}), which must be all zero. */
    public void integrate(Events events, int[] counts) {
        if (events.width() > sensor.width() || events.height() > sensor.height()) {
            throw new IllegalArgumentException("events of a " + events.sensor() + " sensor do not fit this integrator's "
                    + sensor);
        }
        if (counts.length != sampleSize()) {
            throw new IllegalArgumentException("expected " + sampleSize() + " counts, found " + counts.length);
        }
        int[] bounds = boundaries(events, frames, split);
        short[] xs = events.rawX();
        short[] ys = events.rawY();
        byte[] ps = events.rawP();
        int base = events.offset();
        int plane = height * width;
        int[] cols = columnBin;
        int[] rows = rowOffset;
        for (int j = 0; j < frames; j++) {
            int frameBase = 2 * j * plane;
            int end = base + bounds[j + 1];
            for (int k = base + bounds[j]; k < end; k++) {
                counts[frameBase + ps[k] * plane + rows[ys[k]] + cols[xs[k]]]++;
            }
        }
        if (clip > 0) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > clip) {
                    counts[i] = clip;
                }
            }
        }
    }

    /**
     * Frame j covers events [b[j], b[j+1]) of the stream (indices relative to it), T + 1 entries,
     * b[0] = 0 and b[T] = size; exactly the rules of the golden cases' README
     * (snn4j-core/src/test/resources/golden/README.md).
     */
    public static int[] boundaries(Events events, int frames, FrameSplit split) {
        int n = events.size();
        int[] b = new int[frames + 1];
        b[frames] = n;
        if (n == 0) {
            return b;
        }
        if (split == FrameSplit.NUMBER) {
            int per = n / frames;
            for (int j = 0; j < frames; j++) {
                b[j] = per * j;
            }
        } else {
            long t0 = events.t(0);
            long delta = (events.t(n - 1) - t0) / frames;
            for (int j = 1; j < frames; j++) {
                b[j] = events.lowerBound(t0 + delta * j);
            }
        }
        return b;
    }
}
