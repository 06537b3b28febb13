/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed .npy array (NumPy's format, versions 1 to 3): a one-dimensional array of integers, or
 * of records with named integer fields (a structured array), over the file's bytes.
 *
 * <p>Layout: the magic "\x93NUMPY", major and minor version bytes, the header length (uint16 for
 * version 1, uint32 for 2 and 3, little-endian), then the header: a Python dict literal with
 * 'descr', 'fortran_order' and 'shape'; then the data, exactly shape x itemsize bytes. Values stay
 * in the byte array and are decoded when read.
 */
final class NpyArray {

    /** A named field of a structured array; the single unnamed field "" of a plain array. */
    record Field(String name, NpyType type, int offset) {}

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    final String name;
    final byte[] data;
    final int dataStart;
    final int count;
    final int itemSize;
    final Map<String, Field> fields;
    final boolean structured;

    private NpyArray(String name, byte[] data, int dataStart, int count, int itemSize, Map<String, Field> fields,
            boolean structured) {
        this.name = name;
        this.data = data;
        this.dataStart = dataStart;
        this.count = count;
        this.itemSize = itemSize;
        this.fields = fields;
        this.structured = structured;
    }

    /** The unnamed field of a plain (not structured) array. */
    Field plain() {
        return fields.get("");
    }

    /** Byte offset of element {@code i} of {@code field}. */
    int offset(Field field, int i) {
        return dataStart + i * itemSize + field.offset();
    }

    /**
     * Parses the .npy bytes {@code data}.
     *
     * @param name the file (or archive entry) name for error messages
     */
    static NpyArray parse(byte[] data, String name) {
        if (data.length < 10 || !startsWithMagic(data)) {
            throw Corrupt.at(name, 0, "the .npy magic \\x93NUMPY",
                    Corrupt.quote(new String(data, 0, Math.min(6, data.length), StandardCharsets.ISO_8859_1)));
        }
        int major = data[6] & 0xFF;
        long headerLength;
        int headerStart;
        if (major == 1) {
            headerLength = (data[8] & 0xFF) | (data[9] & 0xFF) << 8;
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            if (data.length < 12) {
                throw Corrupt.at(name, 8, "a 4-byte header length", (data.length - 8) + " bytes (truncated file)");
            }
            headerLength = (data[8] & 0xFFL) | (data[9] & 0xFFL) << 8 | (data[10] & 0xFFL) << 16 | (data[11] & 0xFFL) << 24;
            headerStart = 12;
        } else {
            throw Corrupt.at(name, 6, ".npy format version 1, 2 or 3", Integer.toString(major));
        }
        if (headerLength > data.length - headerStart) {
            throw Corrupt.at(name, 8, "a header of at most the " + (data.length - headerStart) + " bytes left",
                    headerLength + " bytes");
        }
        String text = new String(data, headerStart, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Map<String, Object> dict;
        try {
            dict = PyLiteral.parseDict(text);
        } catch (PyLiteral.Bad e) {
            throw Corrupt.at(name, headerStart + (long) e.position, "a Python dict header: " + e.getMessage(),
                    Corrupt.quote(text.substring(Math.min(e.position, text.length()))));
        }
        return fromHeader(dict, data, name, headerStart, headerStart + (int) headerLength);
    }

    private static boolean startsWithMagic(byte[] data) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (data[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static NpyArray fromHeader(Map<String, Object> dict, byte[] data, String name, int headerAt, int dataStart) {
        Object descr = dict.get("descr");
        Object shape = dict.get("shape");
        Object fortran = dict.get("fortran_order");
        if (descr == null || !(shape instanceof List<?> dims) || !(fortran instanceof Boolean)) {
            throw Corrupt.at(name, headerAt, "a header with 'descr', 'fortran_order' and 'shape'",
                    "keys " + dict.keySet());
        }
        if (dims.size() != 1 || !(dims.get(0) instanceof Long n) || n < 0) {
            throw Corrupt.at(name, headerAt, "a one-dimensional array (shape (N,))", "shape " + dims);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        int itemSize;
        boolean structured = descr instanceof List;
        if (descr instanceof String s) {
            NpyType type = NpyType.parse(s);
            if (type == null || !type.integral()) {
                throw Corrupt.at(name, headerAt, "an integer or bool dtype", "'" + s + "'");
            }
            fields.put("", new Field("", type, 0));
            itemSize = type.size();
        } else if (descr instanceof List<?> list) {
            itemSize = structuredFields(list, fields, name, headerAt);
        } else {
            throw Corrupt.at(name, headerAt, "a dtype string or a list of fields", String.valueOf(descr));
        }
        long found = data.length - (long) dataStart;
        long payload = n <= found / itemSize ? n * itemSize : Long.MAX_VALUE;
        if (payload != found) {
            throw Corrupt.at(name, dataStart, n + " elements of " + itemSize + " bytes of data",
                    found + " bytes" + (found < payload ? " (truncated file)" : ""));
        }
        return new NpyArray(name, data, dataStart, (int) (long) n, itemSize, Collections.unmodifiableMap(fields), structured);
    }

    /** Reads [('name', 'type'), ...] into {@code fields}; returns the record size. */
    private static int structuredFields(List<?> list, Map<String, Field> fields, String name, int headerAt) {
        int offset = 0;
        List<String> names = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof String fieldName)
                    || !(pair.get(1) instanceof String typeText)) {
                throw Corrupt.at(name, headerAt, "structured fields ('name', 'type') of scalars", String.valueOf(item));
            }
            NpyType type = NpyType.parse(typeText);
            if (type == null) {
                throw Corrupt.at(name, headerAt, "a numeric field type", "'" + typeText + "' for field '" + fieldName + "'");
            }
            if (!fieldName.isEmpty() && fields.containsKey(fieldName)) {
                throw Corrupt.at(name, headerAt, "distinct field names", "'" + fieldName + "' twice");
            }
            if (!fieldName.isEmpty()) {
                fields.put(fieldName, new Field(fieldName, type, offset));
            }
            names.add(fieldName);
            offset += type.size();
            if (offset > 1 << 16) {
                throw Corrupt.at(name, headerAt, "records of at most 65536 bytes", "fields " + names);
            }
        }
        if (offset == 0) {
            throw Corrupt.at(name, headerAt, "at least one field", "none");
        }
        return offset;
    }
}
