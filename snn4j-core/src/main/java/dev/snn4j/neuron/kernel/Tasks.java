/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron.kernel;

import java.util.stream.IntStream;

/**
 * Splitting a fused kernel's work over the cores: [0, units) into contiguous ranges, one task each,
 * run on the common fork-join pool (the caller alone when there is one task).
 */
final class Tasks {

    private Tasks() {}

    /** Task {@code task}'s range [from, to) of units; returns a count to add up (0 if none). */
    @FunctionalInterface
    interface Range {
        long run(int task, int from, int to);
    }

    /** Two tasks per core, but none with fewer than {@code minUnits} units, and at least one. */
    static int count(int units, int minUnits) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 2, units / minUnits));
    }

    /** Runs {@code body} on {@code tasks} contiguous ranges covering [0, units); the sum of what they return. */
    static long run(int units, int tasks, Range body) {
        if (tasks == 1) {
            return body.run(0, 0, units);
        }
        return IntStream.range(0, tasks).parallel().mapToLong(k -> {
            int from = (int) ((long) units * k / tasks);
            int to = (int) ((long) units * (k + 1) / tasks);
            return from < to ? body.run(k, from, to) : 0;
        }).sum();
    }

    /** Range [from, to) of units, block-aligned; returns a count to add up. */
    @FunctionalInterface
    interface BlockRange {
        long run(int from, int to);
    }

    /**
     * Runs {@code body} on disjoint ranges of whole blocks covering [0, n), in parallel when n is at
     * least twice {@code minUnits}, and adds up what the ranges return.
     */
    static long overBlocks(int n, int block, int minUnits, BlockRange body) {
        // block-aligned ranges, so that no block straddles two tasks
        int blocks = (n + block - 1) / block;
        return run(blocks, count(n, minUnits), (task, from, to) -> body.run(from * block, Math.min(n, to * block)));
    }
}
