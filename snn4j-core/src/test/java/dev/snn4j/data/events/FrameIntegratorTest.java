/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snn4j.data.FrameSplit;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Split boundaries, downsampling by summing and clipping, against direct definitions. */
class FrameIntegratorTest {

    private static Events events(long[] t, int[] x, int[] y, int[] p) {
        return Events.of(new SensorSize(4, 4), t, x, y, p);
    }

    @Test
    void numberSplitPutsTheRemainderInTheLastFrame() {
        Events e = events(new long[] {1, 2, 3, 4, 5, 6, 7}, new int[7], new int[7], new int[7]);
        assertArrayEquals(new int[] {0, 2, 4, 7}, FrameIntegrator.boundaries(e, 3, FrameSplit.NUMBER));
        Events few = events(new long[] {1, 2}, new int[2], new int[2], new int[2]);
        assertArrayEquals(new int[] {0, 0, 0, 2}, FrameIntegrator.boundaries(few, 3, FrameSplit.NUMBER));
    }

    @Test
    void timeSplitUsesFlooredSpansAndTheLastFrameTakesTheRest() {
        // t0 = 10, span 10, T = 3: delta = 3; frames [10,13), [13,16), [16, end]
        Events e = events(new long[] {10, 12, 13, 13, 15, 16, 19, 20}, new int[8], new int[8], new int[8]);
        assertArrayEquals(new int[] {0, 2, 5, 8}, FrameIntegrator.boundaries(e, 3, FrameSplit.TIME));
        Events flat = events(new long[] {5, 5, 5}, new int[3], new int[3], new int[3]);
        assertArrayEquals(new int[] {0, 0, 0, 3}, FrameIntegrator.boundaries(flat, 3, FrameSplit.TIME));
        Events none = Events.empty(new SensorSize(4, 4));
        assertArrayEquals(new int[] {0, 0, 0}, FrameIntegrator.boundaries(none, 2, FrameSplit.TIME));
    }

    @Test
    void downsamplingSumsWholePixelsIntoFlooredBins() {
        SensorSize sensor = SensorSize.DVS128;
        Events e = EventTestFiles.random(new Random(11), sensor, 20_000, 0, 3);
        FrameIntegrator full = new FrameIntegrator(sensor, 5, 128, 128, FrameSplit.NUMBER, 0);
        FrameIntegrator small = new FrameIntegrator(sensor, 5, 48, 48, FrameSplit.NUMBER, 0);
        int[] a = full.integrate(e);
        int[] b = small.integrate(e);
        int[] expected = new int[b.length];
        for (int t = 0; t < 5; t++) {
            for (int c = 0; c < 2; c++) {
                for (int y = 0; y < 128; y++) {
                    for (int x = 0; x < 128; x++) {
                        int by = y * 48 / 128;
                        int bx = x * 48 / 128;
                        expected[((t * 2 + c) * 48 + by) * 48 + bx] += a[((t * 2 + c) * 128 + y) * 128 + x];
                    }
                }
            }
        }
        assertArrayEquals(expected, b);
        assertEquals(20_000, Arrays.stream(b).sum());
        // 128 -> 48: bins hold 3, 3, 2, 3, 3, 2, ... sensor columns (8 columns per 3 bins)
        int[] widths = new int[48];
        for (int x = 0; x < 128; x++) {
            widths[x * 48 / 128]++;
        }
        assertArrayEquals(new int[] {3, 3, 2}, Arrays.copyOf(widths, 3));
    }

    @Test
    void clipLimitsCounts() {
        Events e = events(new long[] {1, 2, 3, 4}, new int[] {1, 1, 1, 2}, new int[] {0, 0, 0, 0}, new int[] {1, 1, 1, 0});
        int[] clipped = new FrameIntegrator(e.sensor(), 1, 4, 4, FrameSplit.NUMBER, 2).integrate(e);
        assertEquals(2, clipped[16 + 1]); // ON at (0, 1): 3 events clipped to 2
        assertEquals(1, clipped[2]); // OFF at (0, 2)
    }

    @Test
    void slicesIntegrateOnlyTheirWindow() {
        Events e = events(new long[] {1, 5, 9, 12}, new int[] {0, 1, 2, 3}, new int[4], new int[] {1, 1, 1, 1});
        Events window = e.slice(5, 12);
        assertEquals(2, window.size());
        int[] counts = new FrameIntegrator(e.sensor(), 1, 4, 4, FrameSplit.NUMBER, 0).integrate(window);
        assertEquals(1, counts[16 + 1]);
        assertEquals(1, counts[16 + 2]);
        assertEquals(2, Arrays.stream(counts).sum());
    }

    @Test
    void reversalPlaysBackwardsWithSwappedPolarity() {
        Events e = events(new long[] {10, 11, 15}, new int[] {0, 1, 2}, new int[] {3, 2, 1}, new int[] {1, 0, 1});
        Events r = e.reversed();
        assertArrayEquals(new long[] {10, 14, 15}, r.timestamps());
        assertArrayEquals(new int[] {2, 1, 0}, r.xs());
        assertArrayEquals(new int[] {0, 1, 0}, r.polarities());
        assertEquals(e, r.reversed());
    }
}
