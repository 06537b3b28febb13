/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Crop, flip and normalisation checked pixel by pixel on hand-made images. */
class ImageTransformTest {

    /** A 3x4 image with pixels 1..12, row by row; 0 marks padding in the results. */
    private static final byte[] IMAGE = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    private static final Set<Augmentation> BOTH = EnumSet.of(Augmentation.CROP, Augmentation.FLIP);

    /** Identity normalisation, so the output times 255 gives back raw values. */
    private static ImageTransform transform(Set<Augmentation> aug) {
        return new ImageTransform(1, 3, 4, aug, Normalization.identity(1));
    }

    private static int[] raw(float[] out) {
        int[] r = new int[out.length];
        for (int i = 0; i < out.length; i++) {
            r[i] = Math.round(out[i] * 255f);
        }
        return r;
    }

    private static int[] written(int cropY, int cropX, boolean mirror) {
        float[] out = new float[12];
        transform(BOTH).write(IMAGE, 0, out, 0, cropY, cropX, mirror);
        return raw(out);
    }

    @Test
    void centredWindowWithoutFlipIsTheImage() {
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, written(4, 4, false));
    }

    @Test
    void cropShiftsAndPadsWithZero() {
        // Window one row down, one column left of centre: out(y, x) = in(y + 1, x - 1).
        assertArrayEquals(new int[] {
            0, 5, 6, 7,
            0, 9, 10, 11,
            0, 0, 0, 0}, written(5, 3, false));
        // Window at the padded image's top-right corner: the image is fully outside (3 rows < 4).
        assertArrayEquals(new int[12], written(0, 8, false));
    }

    @Test
    void flipMirrorsEachRow() {
        assertArrayEquals(new int[] {
            4, 3, 2, 1,
            8, 7, 6, 5,
            12, 11, 10, 9}, written(4, 4, true));
    }

    @Test
    void cropThenFlip() {
        // Crop one row up, two columns right: rows [pad], [3 4 0 0], [7 8 0 0]; then mirrored.
        assertArrayEquals(new int[] {
            0, 0, 0, 0,
            0, 0, 4, 3,
            0, 0, 8, 7}, written(3, 6, true));
    }

    @Test
    void normalisesAndPadsWithNormalisedZero() {
        Normalization norm = Normalization.of(DatasetId.FASHION_MNIST);
        ImageTransform t = new ImageTransform(1, 1, 2, Set.of(), norm);
        float[] out = new float[2];
        t.write(new byte[] {(byte) 255, 0}, 0, out, 0, 4, 4, false);
        assertEquals((1f - 0.2860f) / 0.3530f, out[0], 1e-6);
        assertEquals(-0.2860f / 0.3530f, out[1], 1e-6);
        float[] padded = new float[2];
        t.write(new byte[] {(byte) 255, (byte) 255}, 0, padded, 0, 4, 5, false);
        assertEquals(-0.2860f / 0.3530f, padded[1], 1e-6, "padding is raw 0, normalised");
    }

    @Test
    void multiChannelOffsetsAndLookUpPerChannel() {
        Normalization norm = new Normalization(new float[] {0f, 0.5f}, new float[] {1f, 0.5f});
        ImageTransform t = new ImageTransform(2, 1, 2, Set.of(), norm);
        float[] out = new float[6];
        // Image at source offset 2: channel 0 = [0, 255], channel 1 = [0, 0]; written mirrored at 1.
        t.write(new byte[] {9, 9, 0, (byte) 255, 0, 0}, 2, out, 1, 4, 4, true);
        assertArrayEquals(new float[] {0f, 1f, 0f, -1f, -1f, 0f}, out, 1e-6f);
    }

    @Test
    void applyDrawsCropRowCropColumnThenFlip() {
        float[] out = new float[12];
        transform(BOTH).apply(IMAGE, 0, out, 0, new ScriptedRandom(3, 6, 1));
        assertArrayEquals(written(3, 6, true), raw(out));
        transform(EnumSet.of(Augmentation.FLIP)).apply(IMAGE, 0, out, 0, new ScriptedRandom(1));
        assertArrayEquals(written(4, 4, true), raw(out));
        transform(EnumSet.of(Augmentation.CROP)).apply(IMAGE, 0, out, 0, new ScriptedRandom(5, 3));
        assertArrayEquals(written(5, 3, false), raw(out));
        transform(Set.of()).apply(IMAGE, 0, out, 0, new ScriptedRandom());
        assertArrayEquals(written(4, 4, false), raw(out));
    }

    @Test
    void randomCropOffsetsAreUniformOverAllNinePositions() {
        // A 9x9 image with one bright pixel in the centre: its output row is 8 - cropY.
        byte[] dot = new byte[81];
        dot[40] = (byte) 255;
        ImageTransform t = new ImageTransform(1, 9, 9, EnumSet.of(Augmentation.CROP), Normalization.identity(1));
        int[] rows = new int[9];
        int[] cols = new int[9];
        SplittableRandom rng = new SplittableRandom(1);
        float[] out = new float[81];
        for (int i = 0; i < 9_000; i++) {
            t.apply(dot, 0, out, 0, rng);
            for (int p = 0; p < 81; p++) {
                if (out[p] == 1f) {
                    rows[p / 9]++;
                    cols[p % 9]++;
                }
            }
        }
        for (int k = 0; k < 9; k++) {
            assertTrue(rows[k] > 850 && rows[k] < 1150, "row " + k + ": " + rows[k]);
            assertTrue(cols[k] > 850 && cols[k] < 1150, "col " + k + ": " + cols[k]);
        }
    }

    @Test
    void randomFlipHappensAboutHalfTheTime() {
        ImageTransform t = new ImageTransform(1, 1, 2, EnumSet.of(Augmentation.FLIP), Normalization.identity(1));
        SplittableRandom rng = new SplittableRandom(2);
        float[] out = new float[2];
        int flipped = 0;
        for (int i = 0; i < 4_000; i++) {
            t.apply(new byte[] {(byte) 255, 0}, 0, out, 0, rng);
            flipped += out[1] == 1f ? 1 : 0;
        }
        assertTrue(flipped > 1_800 && flipped < 2_200, "flipped " + flipped + " of 4000");
    }

    @Test
    void rejectsBadOffsetsAndChannelMismatch() {
        assertThrows(IllegalArgumentException.class, () -> written(9, 4, false));
        assertThrows(IllegalArgumentException.class, () -> written(4, -1, false));
        IdxTestFiles.expectError(() -> new ImageTransform(3, 2, 2, Set.of(), Normalization.identity(1)),
                "normalization", "expected 3 channel(s)", "found 1");
    }

    /** Returns scripted values: ints for nextInt(bound), non-zero for nextBoolean() true. */
    private static final class ScriptedRandom implements RandomGenerator {
        private final Deque<Integer> values = new ArrayDeque<>();

        ScriptedRandom(int... script) {
            for (int v : script) {
                values.add(v);
            }
        }

        @Override
        public int nextInt(int bound) {
            int v = values.remove();
            assertTrue(v < bound, "scripted " + v + " >= bound " + bound);
            return v;
        }

        @Override
        public boolean nextBoolean() {
            return values.remove() != 0;
        }

        @Override
        public long nextLong() {
            throw new AssertionError("unexpected draw");
        }
    }
}
