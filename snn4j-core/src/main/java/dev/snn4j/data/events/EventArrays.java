/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.util.Arrays;

/**
 * Columns being filled by a reader or a generator, turned into {@link Events} at the end.
 *
 * <p>The capacity is fixed up front from what the input can hold at most (a reader counts or bounds
 * its events by the file size before it allocates), so a header that claims a huge size can never
 * make it allocate more than the file justifies. Out-of-order timestamps are remembered and fixed
 * by one stable sort in {@link #build}, because frame splitting needs sorted time.
 */
final class EventArrays {

    long[] t;
    short[] x;
    short[] y;
    byte[] p;
    private int n;
    private boolean sorted = true;

    EventArrays(int capacity) {
        t = new long[capacity];
        x = new short[capacity];
        y = new short[capacity];
        p = new byte[capacity];
    }

    int size() {
        return n;
    }

    /**
     * Makes room for {@code extra} more events, doubling: for generators, whose output size is not
     * known in advance (readers size the arrays from the file instead).
     */
    void ensureRoom(int extra) {
        int need = n + extra;
        if (need > t.length) {
            int cap = Math.max(need, Math.max(16, t.length * 2));
            t = Arrays.copyOf(t, cap);
            x = Arrays.copyOf(x, cap);
            y = Arrays.copyOf(y, cap);
            p = Arrays.copyOf(p, cap);
        }
    }

    /** Appends one event; the caller has checked the pixel, polarity and capacity. */
    void add(long time, int px, int py, int polarity) {
        int i = n++;
        if (i > 0 && time < t[i - 1]) {
            sorted = false;
        }
        t[i] = time;
        x[i] = (short) px;
        y[i] = (short) py;
        p[i] = (byte) polarity;
    }

    /**
     * Declares the first {@code count} entries filled by a caller that wrote the arrays directly
     * (the decoding hot loops do, to keep the loop body minimal).
     */
    EventArrays filled(int count, boolean inOrder) {
        n = count;
        sorted = inOrder;
        return this;
    }

    /** The events, sorted by time (stable: equal timestamps keep their file order). */
    Events build(SensorSize sensor) {
        if (!sorted) {
            return sortedCopy(sensor);
        }
        if (n < t.length - (t.length >> 2)) { // much unused capacity: do not keep it alive
            return new Events(sensor, Arrays.copyOf(t, n), Arrays.copyOf(x, n), Arrays.copyOf(y, n),
                    Arrays.copyOf(p, n), 0, n);
        }
        return new Events(sensor, t, x, y, p, 0, n);
    }

    private Events sortedCopy(SensorSize sensor) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        mergeSort(order, new int[n], 0, n);
        long[] st = new long[n];
        short[] sx = new short[n];
        short[] sy = new short[n];
        byte[] sp = new byte[n];
        for (int i = 0; i < n; i++) {
            int k = order[i];
            st[i] = t[k];
            sx[i] = x[k];
            sy[i] = y[k];
            sp[i] = p[k];
        }
        return new Events(sensor, st, sx, sy, sp, 0, n);
    }

    /** Stable merge sort of indices by timestamp. */
    private void mergeSort(int[] a, int[] tmp, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (t[a[mid - 1]] <= t[a[mid]]) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && t[tmp[i]] <= t[tmp[j]])) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
