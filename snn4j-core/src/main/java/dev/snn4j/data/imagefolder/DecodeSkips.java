/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Files that passed the index-time check but failed to decode later, under skip-bad-files: each is
 * remembered (so it is never tried again) and reported once. Shared by a dataset and its limited
 * views, safe for the decoding threads.
 */
final class DecodeSkips {

    private final Set<Integer> bad = ConcurrentHashMap.newKeySet();
    private final Queue<String> pending = new ConcurrentLinkedQueue<>();

    boolean isBad(int entry) {
        return bad.contains(entry);
    }

    /** Marks an entry bad; the first time, queues the warning. */
    void markBad(int entry, String warning) {
        if (bad.add(entry)) {
            pending.add(warning);
        }
    }

    /** How many files were found bad so far. */
    int count() {
        return bad.size();
    }

    List<String> drain() {
        List<String> out = new ArrayList<>();
        for (String w; (w = pending.poll()) != null; ) {
            out.add(w);
        }
        return out;
    }
}
