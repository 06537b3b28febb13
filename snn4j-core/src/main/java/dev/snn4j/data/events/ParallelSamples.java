/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.io.IOException;
import java.util.stream.IntStream;

/**
 * Computes per-sample counts on all cores and hands them over in sample order.
 *
 * <p>Samples are processed in chunks (bounded to about 64 MB of counts); within a chunk each thread
 * takes a contiguous run of samples, so consecutive windows of one recording (DVS Gesture) stay on
 * one thread and its {@link SampleReader} decodes the file once.
 */
final class ParallelSamples {

    /** Receives the counts of sample {@code index}; called in index order on the calling thread. */
    @FunctionalInterface
    interface Sink {
        void accept(int index, int[] counts) throws IOException;
    }

    private static final long CHUNK_BYTES = 64L << 20;

    private ParallelSamples() {}

    static void run(int count, int values, FrameCacheFile.Counter counter, Sink sink) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 16));
        int chunk = (int) Math.max(threads, Math.min(512, CHUNK_BYTES / (4L * values)));
        for (int first = 0; first < count; first += chunk) {
            int n = Math.min(chunk, count - first);
            int[][] results = new int[n][];
            int per = (n + threads - 1) / threads;
            int start = first;
            IntStream.range(0, threads).parallel().forEach(t -> {
                for (int k = t * per; k < Math.min(n, (t + 1) * per); k++) {
                    int[] counts = new int[values];
                    counter.counts(start + k, counts);
                    results[k] = counts;
                }
            });
            for (int k = 0; k < n; k++) {
                sink.accept(first + k, results[k]);
                results[k] = null;
            }
        }
    }
}
