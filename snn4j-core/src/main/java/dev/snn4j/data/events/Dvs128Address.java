/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

/**
 * How a DVS128 address of an AEDAT 2.0 file (jAER) maps to a pixel and a polarity.
 *
 * <p>The raw address holds a polarity bit (bit 0; 0 means ON, as jAER's DVS128 extractor reads it),
 * a column r1 (bits 1-7) and a row r8 (bits 8-14); bit 15 marks jAER "special" (external) events.
 * The two conventions in use differ in orientation only:
 * <ul>
 *   <li>{@link #TRANSPOSED}, the default for CIFAR10-DVS: x = 127 - r8, y = 127 - r1. This is what
 *       tonic and SpikingJelly read (after events-tfds found that it shows the CIFAR-10 images
 *       upright), so frames match theirs event for event.</li>
 *   <li>{@link #JAER}: x = 127 - r1, y = r8, as jAER displays it (y grows upwards there) and as
 *       MNIST-DVS's dat2mat.m reads it.</li>
 * </ul>
 * Both give ON = 1 - bit 0.
 */
public enum Dvs128Address {
    TRANSPOSED,
    JAER;

    /** Bits a DVS128 address may use: polarity, 7-bit column and row, and the special-event flag. */
    static final int USED_BITS = 0xFFFF;
    /** jAER's flag for special (external input) events, which carry no pixel. */
    static final int SPECIAL = 0x8000;

    int x(int address) {
        return this == TRANSPOSED ? 127 - ((address >>> 8) & 0x7F) : 127 - ((address >>> 1) & 0x7F);
    }

    int y(int address) {
        return this == TRANSPOSED ? 127 - ((address >>> 1) & 0x7F) : (address >>> 8) & 0x7F;
    }

    static int polarity(int address) {
        return 1 - (address & 1);
    }

    /** The raw address of pixel (x, y) and polarity p: the inverse, for writers and tests. */
    int address(int x, int y, int p) {
        int r1;
        int r8;
        if (this == TRANSPOSED) {
            r8 = 127 - x;
            r1 = 127 - y;
        } else {
            r1 = 127 - x;
            r8 = y;
        }
        return (r8 << 8) | (r1 << 1) | (1 - p);
    }
}
