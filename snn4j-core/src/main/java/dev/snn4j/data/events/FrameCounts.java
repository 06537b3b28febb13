/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.util.Arrays;
import java.util.Objects;

/**
 * Event counts of one sample, [T, 2, H, W] row-major (channel 0 OFF, channel 1 ON), as
 * {@link FrameIntegrator} makes them: what previews draw and tests compare.
 */
public record FrameCounts(int frames, int height, int width, int[] counts) {

    public FrameCounts {
        Objects.requireNonNull(counts, "counts");
        if (frames < 1 || height < 1 || width < 1 || counts.length != frames * 2 * height * width) {
            throw new IllegalArgumentException("expected " + frames + "x2x" + height + "x" + width + " counts, found "
                    + counts.length);
        }
    }

    /** Integrates {@code events} with {@code integrator}. */
    public static FrameCounts of(FrameIntegrator integrator, Events events) {
        return new FrameCounts(integrator.frames(), integrator.height(), integrator.width(), integrator.integrate(events));
    }

    /** Count of polarity {@code p} (0 OFF, 1 ON) at frame t, row y, column x. */
    public int count(int t, int p, int y, int x) {
        return counts[((t * 2 + p) * height + y) * width + x];
    }

    /** Sum over all frames, channels and pixels. */
    public long total() {
        long s = 0;
        for (int c : counts) {
            s += c;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameCounts f && f.frames == frames && f.height == height && f.width == width
                && Arrays.equals(f.counts, counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + frames * 7 + height * 3 + width;
    }

    @Override
    public String toString() {
        return "FrameCounts[" + frames + "x2x" + height + "x" + width + ", " + total() + " events]";
    }
}
