/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Temporal samples [T, rest] are batched time-first: element (t, b, r) of the batch. */
class TemporalBatchTest {

    /** Sample i has value 1000 i + 10 t + r at (t, r). */
    private static final class Sequences implements SampleDataset {
        private final int size;

        Sequences(int size) {
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int label(int index) {
            return index % 2;
        }

        @Override
        public List<String> classNames() {
            return List.of("even", "odd");
        }

        @Override
        public long[] sampleShape() {
            return new long[] {3, 1, 2};
        }

        @Override
        public boolean temporal() {
            return true;
        }

        @Override
        public String source() {
            return "test";
        }

        @Override
        public void write(int index, float[] dst, int offset, RandomGenerator rng) {
            for (int t = 0; t < 3; t++) {
                for (int r = 0; r < 2; r++) {
                    dst[offset + t * 2 + r] = 1000 * index + 10 * t + r;
                }
            }
        }

        @Override
        public SampleDataset limit(int n) {
            return new Sequences(Math.min(n, size));
        }
    }

    @Test
    void batchesAreTimeFirst() {
        try (BatchLoader loader = BatchLoader.evaluation(new Sequences(5), 2)) {
            HostBatch first = loader.next();
            assertArrayEquals(new long[] {3, 2, 1, 2}, first.shape());
            for (int t = 0; t < 3; t++) {
                for (int b = 0; b < 2; b++) {
                    for (int r = 0; r < 2; r++) {
                        assertEquals(1000 * b + 10 * t + r, first.data()[(t * 2 + b) * 2 + r], 0f);
                    }
                }
            }
            loader.next();
            HostBatch last = loader.next();
            assertArrayEquals(new long[] {3, 1, 1, 2}, last.shape(), "partial last batch");
            assertArrayEquals(new int[] {0}, last.labels());
        }
    }
}
