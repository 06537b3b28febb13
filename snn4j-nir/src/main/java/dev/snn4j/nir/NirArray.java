/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import java.util.Arrays;

/**
 * A NIR parameter array: float32 values in row-major (C) order with their shape, as NIR stores
 * weights, biases and per-neuron parameters. A scalar has the shape {@code []} and one value.
 *
 * @param shape the dimensions, each &gt;= 0
 * @param data the values, as many as the product of {@code shape}
 */
public record NirArray(long[] shape, float[] data) {

    public NirArray {
        long size = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("NirArray: expected dimensions >= 0, found " + Arrays.toString(shape));
            }
            size *= d;
        }
        if (size != data.length) {
            throw new IllegalArgumentException("NirArray: shape " + Arrays.toString(shape) + " holds " + size
                    + " values, found " + data.length);
        }
        shape = shape.clone();
        data = data.clone();
    }

    /** An array of {@code shape} with every value {@code value}. */
    public static NirArray full(long[] shape, float value) {
        float[] data = new float[Math.toIntExact(size(shape))];
        Arrays.fill(data, value);
        return new NirArray(shape, data);
    }

    /** A one-dimensional array of {@code values}. */
    public static NirArray vector(float... values) {
        return new NirArray(new long[] {values.length}, values);
    }

    /** The number of values {@code shape} holds. */
    static long size(long[] shape) {
        long size = 1;
        for (long d : shape) {
            size *= d;
        }
        return size;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public float[] data() {
        return data.clone();
    }

    /** The number of values. */
    public int size() {
        return data.length;
    }

    /** The {@code i}-th value in row-major order. */
    public float get(int i) {
        return data[i];
    }

    /** The number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Dimension {@code axis}. */
    public long dim(int axis) {
        return shape[axis];
    }

    /** The smallest value (NaN if there is one, or none at all). */
    public float min() {
        float min = data.length == 0 ? Float.NaN : Float.POSITIVE_INFINITY;
        for (float v : data) {
            min = Float.isNaN(v) ? v : Math.min(min, v);
        }
        return min;
    }

    /** The largest value (NaN if there is one, or none at all). */
    public float max() {
        float max = data.length == 0 ? Float.NaN : Float.NEGATIVE_INFINITY;
        for (float v : data) {
            max = Float.isNaN(v) ? v : Math.max(max, v);
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NirArray a && Arrays.equals(shape, a.shape) && Arrays.equals(data, a.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "NirArray" + Arrays.toString(shape);
    }
}
