/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.FrameScale;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Shift, mirror and time reversal of [T, 2, H, W] counts, and the value table. */
class FrameAugmenterTest {

    private static final int T = 3;
    private static final int H = 4;
    private static final int W = 5;

    /** Count = 1000 t + 100 c + 10 y + x, each distinct. */
    private static short[] counts() {
        short[] s = new short[T * 2 * H * W];
        for (int t = 0; t < T; t++) {
            for (int c = 0; c < 2; c++) {
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        s[((t * 2 + c) * H + y) * W + x] = (short) (1000 * t + 100 * c + 10 * y + x);
                    }
                }
            }
        }
        return s;
    }

    private static float[] identity() {
        float[] lut = new float[65536];
        for (int i = 0; i < lut.length; i++) {
            lut[i] = i;
        }
        return lut;
    }

    private static float at(float[] out, int t, int c, int y, int x) {
        return out[((t * 2 + c) * H + y) * W + x];
    }

    @Test
    void shiftMirrorAndReverse() {
        FrameAugmenter a = new FrameAugmenter(T, H, W, Set.of());
        float[] out = new float[T * 2 * H * W];
        a.write(counts(), identity(), out, 0, new FrameAugmenter.Params(1, -2, false, false));
        assertEquals(1000 + 100 + 10 * 2 + 0, at(out, 1, 1, 1, 2), 0f); // source (y + 1, x - 2)
        assertEquals(0f, at(out, 1, 1, 3, 2), 0f); // shifted in from outside
        assertEquals(0f, at(out, 1, 1, 0, 1), 0f);
        a.write(counts(), identity(), out, 0, new FrameAugmenter.Params(0, 0, true, false));
        assertEquals(10 * 3 + 4, at(out, 0, 0, 3, 0), 0f);
        a.write(counts(), identity(), out, 0, new FrameAugmenter.Params(0, 0, false, true));
        assertEquals(2000 + 0 + 10 + 1, at(out, 0, 1, 1, 1), 0f); // frame 0 ON shows frame 2 OFF
        assertEquals(100 + 10 + 1, at(out, 2, 0, 1, 1), 0f);
    }

    @Test
    void drawsStayInRangeAndAreReproducible() {
        FrameAugmenter a = new FrameAugmenter(T, 48, 48,
                EnumSet.of(Augmentation.CROP, Augmentation.TRANSLATE, Augmentation.FLIP, Augmentation.TIME_REVERSE));
        SplittableRandom r1 = new SplittableRandom(5);
        SplittableRandom r2 = new SplittableRandom(5);
        boolean sawMirror = false;
        boolean sawReverse = false;
        for (int i = 0; i < 2000; i++) {
            FrameAugmenter.Params p = a.draw(r1);
            assertEquals(p, a.draw(r2));
            assertTrue(Math.abs(p.dy()) <= 4 + 6 && Math.abs(p.dx()) <= 4 + 6, p.toString());
            sawMirror |= p.mirror();
            sawReverse |= p.reverse();
        }
        assertTrue(sawMirror && sawReverse);
        FrameAugmenter none = new FrameAugmenter(T, H, W, Set.of());
        assertEquals(FrameAugmenter.Params.NONE, none.draw(new SplittableRandom(1)));
        assertEquals(6, FrameAugmenter.maxShift(48));
        assertEquals(1, FrameAugmenter.maxShift(5));
    }

    @Test
    void scales() {
        assertEquals(7f, FrameScale.COUNT.apply(7), 0f);
        assertEquals((float) Math.log1p(7), FrameScale.LOG1P.apply(7), 0f);
        assertEquals(1f, FrameScale.BINARY.apply(7), 0f);
        assertEquals(0f, FrameScale.BINARY.apply(0), 0f);
    }
}
