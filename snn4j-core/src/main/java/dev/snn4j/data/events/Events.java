/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable stream of camera events, sorted by time: for each event a timestamp t in
 * microseconds, a pixel (x, y) with the origin at the top left, and a polarity p (1 = ON, the pixel
 * got brighter; 0 = OFF).
 *
 * <p>Four primitive arrays, not one object per event: a DVS Gesture recording has millions of events
 * and boxing them would cost ten times the memory and most of the decoding time. A stream may be a
 * window [offset, offset + size) of larger arrays, so cutting a recording into samples
 * ({@link #slice}) copies nothing. Timestamps are {@code long} because AEDAT 3.1 clocks pass 2^31.
 */
public final class Events {

    private final SensorSize sensor;
    private final long[] t;
    private final short[] x;
    private final short[] y;
    private final byte[] p;
    private final int offset;
    private final int size;

    /** Takes the arrays over without copying or checking; callers in this package guarantee the invariants. */
    Events(SensorSize sensor, long[] t, short[] x, short[] y, byte[] p, int offset, int size) {
        this.sensor = sensor;
        this.t = t;
        this.x = x;
        this.y = y;
        this.p = p;
        this.offset = offset;
        this.size = size;
    }

    /**
     * A checked copy of the given events.
     *
     * @throws IllegalArgumentException when lengths differ, a pixel lies outside the sensor, a
     *     polarity is not 0 or 1, or the timestamps are not in non-decreasing order
     */
    public static Events of(SensorSize sensor, long[] t, int[] x, int[] y, int[] p) {
        Objects.requireNonNull(sensor, "sensor");
        int n = t.length;
        if (x.length != n || y.length != n || p.length != n) {
            throw new IllegalArgumentException("expected arrays of one length, found t " + n + ", x " + x.length
                    + ", y " + y.length + ", p " + p.length);
        }
        short[] xs = new short[n];
        short[] ys = new short[n];
        byte[] ps = new byte[n];
        for (int i = 0; i < n; i++) {
            if (!sensor.contains(x[i], y[i])) {
                throw new IllegalArgumentException("event " + i + ": expected a pixel of the " + sensor + " sensor, found ("
                        + x[i] + ", " + y[i] + ")");
            }
            if (p[i] != 0 && p[i] != 1) {
                throw new IllegalArgumentException("event " + i + ": expected polarity 0 or 1, found " + p[i]);
            }
            if (i > 0 && t[i] < t[i - 1]) {
                throw new IllegalArgumentException("event " + i + ": expected t >= " + t[i - 1] + ", found " + t[i]);
            }
            xs[i] = (short) x[i];
            ys[i] = (short) y[i];
            ps[i] = (byte) p[i];
        }
        return new Events(sensor, t.clone(), xs, ys, ps, 0, n);
    }

    /** No events. */
    public static Events empty(SensorSize sensor) {
        return new Events(sensor, new long[0], new short[0], new short[0], new byte[0], 0, 0);
    }

    public SensorSize sensor() {
        return sensor;
    }

    public int width() {
        return sensor.width();
    }

    public int height() {
        return sensor.height();
    }

    /** Number of events. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Timestamp of event {@code i}, microseconds. */
    public long t(int i) {
        return t[offset + Objects.checkIndex(i, size)];
    }

    public int x(int i) {
        return x[offset + Objects.checkIndex(i, size)];
    }

    public int y(int i) {
        return y[offset + Objects.checkIndex(i, size)];
    }

    /** Polarity of event {@code i}: 1 ON, 0 OFF. */
    public int p(int i) {
        return p[offset + Objects.checkIndex(i, size)];
    }

    /** Last minus first timestamp, 0 for fewer than two events. */
    public long durationMicros() {
        return size < 2 ? 0 : t[offset + size - 1] - t[offset];
    }

    /** The events with {@code from <= t < to}, sharing this stream's arrays. */
    public Events slice(long from, long to) {
        int lo = lowerBound(from);
        int hi = Math.max(lo, lowerBound(to));
        return new Events(sensor, t, x, y, p, offset + lo, hi - lo);
    }

    /** Index (0..size) of the first event with t >= {@code time}. */
    public int lowerBound(long time) {
        int lo = offset;
        int hi = offset + size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - offset;
    }

    /**
     * The stream played backwards in time, as a camera would record the reversed scene: event order
     * reversed, t mapped to first + last - t (same span), and ON and OFF swapped, because a pixel that
     * got brighter gets darker when time runs the other way.
     */
    public Events reversed() {
        long[] rt = new long[size];
        short[] rx = new short[size];
        short[] ry = new short[size];
        byte[] rp = new byte[size];
        long sum = size == 0 ? 0 : t[offset] + t[offset + size - 1];
        for (int i = 0; i < size; i++) {
            int k = offset + size - 1 - i;
            rt[i] = sum - t[k];
            rx[i] = x[k];
            ry[i] = y[k];
            rp[i] = (byte) (1 - p[k]);
        }
        return new Events(sensor, rt, rx, ry, rp, 0, size);
    }

    /** Copies of the four columns, for callers outside this package. */
    public long[] timestamps() {
        return Arrays.copyOfRange(t, offset, offset + size);
    }

    public int[] xs() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = x[offset + i];
        }
        return out;
    }

    public int[] ys() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = y[offset + i];
        }
        return out;
    }

    public int[] polarities() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = p[offset + i];
        }
        return out;
    }

    // Raw access for the hot loops of this package (frame integration, writers): index with offset().
    long[] rawT() {
        return t;
    }

    short[] rawX() {
        return x;
    }

    short[] rawY() {
        return y;
    }

    byte[] rawP() {
        return p;
    }

    int offset() {
        return offset;
    }

    /** Same sensor and the same events in the same order. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Events e) || !e.sensor.equals(sensor) || e.size != size) {
            return false;
        }
        return Arrays.equals(t, offset, offset + size, e.t, e.offset, e.offset + size)
                && Arrays.equals(x, offset, offset + size, e.x, e.offset, e.offset + size)
                && Arrays.equals(y, offset, offset + size, e.y, e.offset, e.offset + size)
                && Arrays.equals(p, offset, offset + size, e.p, e.offset, e.offset + size);
    }

    @Override
    public int hashCode() {
        int h = sensor.hashCode() * 31 + size;
        for (int i = offset; i < offset + size; i++) {
            h = h * 31 + Long.hashCode(t[i]) + 7 * x[i] + 13 * y[i] + p[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return "Events[" + size + " on " + sensor + ", " + durationMicros() + " us]";
    }
}
