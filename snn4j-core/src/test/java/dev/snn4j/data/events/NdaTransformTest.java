/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.data.Augmentation;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * NDA's roll, rotation, shear and cutout on a 3 x 3 frame whose pixel i holds i, worked by hand, and
 * applied alike to every frame and polarity of a sample.
 */
class NdaTransformTest {

    private static final NdaTransform NONE = new NdaTransform(0, 0, 0, 0, -1, 0, 1);

    @Test
    void identityMapsEveryPixelToItself() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, NONE.sourceMap(3, 3));
    }

    @Test
    void rollWrapsAround() {
        // one column to the right: column 0 shows column 2
        assertArrayEquals(new int[] {2, 0, 1, 5, 3, 4, 8, 6, 7}, new NdaTransform(0, 1, 0, 0, -1, 0, 1).sourceMap(3, 3));
        // one row up: row 0 shows row 1, row 2 shows row 0
        assertArrayEquals(new int[] {3, 4, 5, 6, 7, 8, 0, 1, 2}, new NdaTransform(-1, 0, 0, 0, -1, 0, 1).sourceMap(3, 3));
    }

    @Test
    void quarterTurnAboutTheCentre() {
        // out(y, x) = in(2 - x, y): u = x - 1, v = y - 1; source column = v + 1, row = 1 - u
        assertArrayEquals(new int[] {6, 3, 0, 7, 4, 1, 8, 5, 2}, new NdaTransform(0, 0, Math.PI / 2, 0, -1, 0, 1).sourceMap(3, 3));
    }

    @Test
    void shearMovesRowsByTheirDistanceFromTheCentre() {
        // s = 1: row 0 (v = -1) shows columns x + 1, row 2 (v = 1) columns x - 1; the rest comes from outside
        assertArrayEquals(new int[] {1, 2, -1, 3, 4, 5, -1, 6, 7}, new NdaTransform(0, 0, 0, 1, -1, 0, 1).sourceMap(3, 3));
    }

    @Test
    void cutoutZeroesASquare() {
        assertArrayEquals(new int[] {0, 1, 2, 3, -1, 5, 6, 7, 8}, new NdaTransform(0, 0, 0, 0, 1, 1, 1).sourceMap(3, 3));
        // side 2 centred at (0, 0): rows and columns -1..0 are cut, so only pixel 0 inside the frame
        assertArrayEquals(new int[] {-1, 1, 2, 3, 4, 5, 6, 7, 8}, new NdaTransform(0, 0, 0, 0, 0, 0, 2).sourceMap(3, 3));
    }

    @Test
    void everyFrameAndPolarityGetsTheSameTransform() {
        int frames = 2;
        FrameAugmenter a = new FrameAugmenter(frames, 3, 3, Set.of());
        short[] counts = new short[frames * 2 * 9];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (short) i;
        }
        float[] lut = new float[65536];
        for (int i = 0; i < lut.length; i++) {
            lut[i] = i + 1; // count 0 shows as 1; outside the frame shows lut[0] = 1 as well
        }
        float[] out = new float[counts.length];
        NdaTransform roll = new NdaTransform(0, 1, 0, 0, 1, 1, 1); // roll right, then cut the centre
        a.write(counts, lut, out, 0, new FrameAugmenter.Params(0, 0, false, false, roll));
        int[] map = {2, 0, 1, 5, -1, 4, 8, 6, 7};
        for (int plane = 0; plane < frames * 2; plane++) {
            for (int i = 0; i < 9; i++) {
                float expected = map[i] < 0 ? 1 : plane * 9 + map[i] + 1;
                assertEquals(expected, out[plane * 9 + i], 0f, "plane " + plane + ", pixel " + i);
            }
        }
        // with the mirror: NDA's map is taken of the mirrored frame (pixel 0 of the roll shows mirrored pixel 2 = 0)
        a.write(counts, lut, out, 0, new FrameAugmenter.Params(0, 0, true, false, roll));
        assertEquals(0 + 1, out[0], 0f);
        assertEquals(2 + 1, out[1], 0f);
    }

    @Test
    void drawsAreReproducibleInRangeAndOnlyWhenAsked() {
        assertNull(NdaTransform.draw(new SplittableRandom(1), EnumSet.of(Augmentation.FLIP), 32, 32));
        Set<Augmentation> nda = Augmentation.parse("nda");
        assertEquals(EnumSet.of(Augmentation.FLIP, Augmentation.ROLL, Augmentation.ROTATE, Augmentation.CUTOUT, Augmentation.SHEAR), nda);
        boolean rolled = false;
        boolean cut = false;
        SplittableRandom r1 = new SplittableRandom(9);
        SplittableRandom r2 = new SplittableRandom(9);
        for (int i = 0; i < 200; i++) {
            NdaTransform t = NdaTransform.draw(r1, nda, 32, 32);
            assertEquals(t, NdaTransform.draw(r2, nda, 32, 32));
            assertTrue(Math.abs(t.rollX()) <= 4 && Math.abs(t.rollY()) <= 4, t.toString());
            assertTrue(Math.abs(t.angle()) <= Math.toRadians(15) && Math.abs(t.shear()) <= 0.3, t.toString());
            assertEquals(8, t.cutSize());
            rolled |= t.rollX() != 0;
            cut |= t.cutY() >= 0;
        }
        assertTrue(rolled && cut, "each transform is drawn");
    }
}
