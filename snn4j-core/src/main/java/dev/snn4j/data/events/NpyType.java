/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

/**
 * One scalar type of an .npy "descr", such as {@code '<i8'}, {@code '|u1'} or {@code '|b1'}: kind
 * (b bool, i signed, u unsigned, f float, V void padding), size in bytes and byte order.
 */
record NpyType(char kind, int size, boolean bigEndian) {

    /** Parses a type string, or returns null when it is not one this reader understands. */
    static NpyType parse(String descr) {
        if (descr.length() < 2) {
            return null;
        }
        int i = 0;
        boolean big = false;
        char first = descr.charAt(0);
        if (first == '<' || first == '|' || first == '=') {
            i = 1;
        } else if (first == '>') {
            big = true;
            i = 1;
        }
        if (i >= descr.length()) {
            return null;
        }
        char kind = descr.charAt(i);
        String digits = descr.substring(i + 1);
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int size = Integer.parseInt(digits);
        boolean ok = switch (kind) {
            case 'b' -> size == 1;
            case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
            case 'f' -> size == 2 || size == 4 || size == 8;
            case 'V' -> size >= 1;
            default -> false;
        };
        return ok ? new NpyType(kind, size, big) : null;
    }

    /** Whether values of this type are integers (bool counts as 0/1). */
    boolean integral() {
        return kind == 'b' || kind == 'i' || kind == 'u';
    }

    /** Reads the integer at {@code off}; an unsigned 64-bit value above Long.MAX_VALUE comes back negative. */
    long read(byte[] data, int off) {
        long v = 0;
        if (bigEndian) {
            for (int k = 0; k < size; k++) {
                v = (v << 8) | (data[off + k] & 0xFFL);
            }
        } else {
            for (int k = size - 1; k >= 0; k--) {
                v = (v << 8) | (data[off + k] & 0xFFL);
            }
        }
        if (kind == 'i' && size < 8) {
            int shift = 64 - 8 * size;
            v = (v << shift) >> shift; // sign-extend
        }
        return v;
    }

    /** Whether a value read by {@link #read} stands for a number outside the long range. */
    boolean overflows(long raw) {
        return kind == 'u' && size == 8 && raw < 0;
    }

    @Override
    public String toString() {
        return (bigEndian ? ">" : "<") + kind + size;
    }
}
