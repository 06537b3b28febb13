/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import dev.snn4j.Snn4jException;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.DatasetCreationOptions;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one NIR node's HDF5 group, read as NIR's Python reader reads them (any numeric
 * type, fixed or variable-length strings, scalars where a vector is expected) and written as
 * snn4j writes them (float32 arrays, int64 integers, fixed-length strings). Errors name the file,
 * the node and the field.
 */
final class Hdf5Fields {

    /** Arrays of at least this many values are written deflate-compressed (NIR's writer uses gzip). */
    private static final int COMPRESS_FROM = 1024;

    private final Group group;
    private final String where;

    /** The fields of {@code group}; {@code where} starts every error, e.g. {@code "m.nir: node 'conv1'"}. */
    Hdf5Fields(Group group, String where) {
        this.group = group;
        this.where = where;
    }

    /** The start of every error message about this group. */
    String where() {
        return where;
    }

    /** The names of the group's members. */
    java.util.Set<String> fields() {
        return group.getChildren().keySet();
    }

    boolean has(String field) {
        return group.getChildren().containsKey(field);
    }

    private Dataset dataset(String field) {
        Node node = group.getChildren().get(field);
        if (node instanceof Dataset dataset) {
            return dataset;
        }
        throw new Snn4jException(where + ": expected a dataset '" + field + "', found " + (node == null ? "none" : "a group"));
    }

    /** Whether {@code field} holds a string rather than numbers. */
    boolean isString(String field) {
        return dataset(field).getJavaType() == String.class;
    }

    /** A string field (fixed or variable length). */
    String string(String field) {
        Object data = dataset(field).getData();
        if (data instanceof String s) {
            return s;
        }
        if (data instanceof String[] a && a.length == 1) {
            return a[0];
        }
        throw new Snn4jException(where + ": expected '" + field + "' to be a string, found " + describe(data));
    }

    /** A numeric field as float32 values with its shape (a scalar has the shape []). */
    NirArray array(String field) {
        Dataset d = dataset(field);
        long[] shape = d.isScalar() ? new long[0] : d.getDimensionsAsLong();
        Object flat = d.isScalar() ? d.getData() : d.getDataFlat();
        if (flat instanceof float[] f) {
            return new NirArray(shape, f);
        }
        if (flat instanceof Number n) {
            return new NirArray(shape, new float[] {n.floatValue()});
        }
        if (flat != null && flat.getClass().isArray() && flat.getClass().getComponentType().isPrimitive()
                && flat.getClass().getComponentType() != boolean.class) {
            float[] values = new float[Array.getLength(flat)];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) Array.getDouble(flat, i);
            }
            return new NirArray(shape, values);
        }
        throw new Snn4jException(where + ": expected '" + field + "' to be numbers, found " + describe(flat));
    }

    /** An integer vector; a scalar becomes {@code repeat} copies of itself (NIR accepts {@code stride=1}). */
    List<Long> longs(String field, int repeat) {
        NirArray a = array(field);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            float v = a.get(i);
            if (v != Math.rint(v)) {
                throw new Snn4jException(where + ": expected '" + field + "' to be integers, found " + v);
            }
            out.add((long) v);
        }
        if (a.rank() == 0 && repeat > 1) {
            return java.util.Collections.nCopies(repeat, out.get(0));
        }
        return out;
    }

    /** One integer. */
    long integer(String field) {
        List<Long> v = longs(field, 1);
        if (v.size() != 1) {
            throw new Snn4jException(where + ": expected '" + field + "' to be one integer, found " + v);
        }
        return v.get(0);
    }

    /** The metadata value of a dataset: a string, a double or a long; {@code null} for anything else. */
    static Object metadataValue(Dataset d) {
        Object data = d.isScalar() ? d.getData() : null;
        if (data instanceof String || data instanceof Double || data instanceof Long) {
            return data;
        }
        if (data instanceof Float f) {
            return f.doubleValue();
        }
        if (data instanceof Integer || data instanceof Short || data instanceof Byte) {
            return ((Number) data).longValue();
        }
        return null;
    }

    private static String describe(Object data) {
        if (data == null) {
            return "nothing";
        }
        return data.getClass().isArray() ? data.getClass().getComponentType().getSimpleName() + " values"
                : data.getClass().getSimpleName() + " " + data;
    }

    // writing

    static void putString(WritableGroup g, String field, String value) {
        g.putDataset(field, value);
    }

    static void putLong(WritableGroup g, String field, long value) {
        g.putDataset(field, value);
    }

    static void putLongs(WritableGroup g, String field, List<Long> values) {
        g.putDataset(field, values.stream().mapToLong(Long::longValue).toArray());
    }

    static void putArray(WritableGroup g, String field, NirArray a) {
        if (a.rank() == 0) {
            g.putDataset(field, a.get(0));
            return;
        }
        for (long d : a.shape()) {
            if (d == 0) {
                throw new IllegalArgumentException("cannot write '" + field + "': HDF5 writing needs no empty axes, found "
                        + java.util.Arrays.toString(a.shape()));
            }
        }
        Object nested = nested(a);
        if (a.size() >= COMPRESS_FROM) {
            g.putDataset(field, nested, DatasetCreationOptions.builder().deflate().build());
        } else {
            g.putDataset(field, nested);
        }
    }

    /** The values as a Java array of the array's rank (float[], float[][], ...), as jhdf writes them. */
    private static Object nested(NirArray a) {
        int[] dims = new int[a.rank()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = Math.toIntExact(a.dim(i));
        }
        Object out = Array.newInstance(float.class, dims);
        float[] data = a.data();
        fill(out, data, 0, dims, 0);
        return out;
    }

    /** Fills {@code target} (of rank dims.length - axis) from data starting at offset; returns the next offset. */
    private static int fill(Object target, float[] data, int offset, int[] dims, int axis) {
        if (axis == dims.length - 1) {
            System.arraycopy(data, offset, target, 0, dims[axis]);
            return offset + dims[axis];
        }
        int next = offset;
        for (int i = 0; i < dims[axis]; i++) {
            next = fill(Array.get(target, i), data, next, dims, axis + 1);
        }
        return next;
    }
}
