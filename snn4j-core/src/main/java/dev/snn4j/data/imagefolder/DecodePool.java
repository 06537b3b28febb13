/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that decode images, one pool per thread count, shared by all datasets of the process
 * and created on first use. Workers are daemon threads named {@code snn4j-decode-N}; idle ones end
 * after a minute (ForkJoinPool's keep-alive), so an unused pool costs nothing.
 */
final class DecodePool {

    private static final ConcurrentHashMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private DecodePool() {}

    static ForkJoinPool get(int threads) {
        return POOLS.computeIfAbsent(threads, n -> new ForkJoinPool(n, pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("snn4j-decode-" + NAMES.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, null, false));
    }
}
