/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The classes of the generated shapes-dvs dataset: a shape and a motion. Labels are the ordinals, in
 * this order.
 *
 * <p>Four pairs differ only in the direction of time: each class of a pair, played backwards, is the
 * other class (right/left, clockwise/anticlockwise, expanding/shrinking, down/up). Two classes look
 * the same played backwards (their motion goes there and back symmetrically). "Played backwards" means
 * physically: event order reversed AND ON/OFF swapped (a brightening pixel darkens in reverse), which for
 * frames [T, 2, H, W] is flipping T and flipping the channel axis. Flipping T alone gives a stream no
 * camera would record (the ON edge trails the motion) and maps no class onto another.
 *
 * <p>Rotation directions are as seen on the image (x to the right, y down). Mirroring the image left-right
 * also maps classes onto each other (right/left, clockwise/anticlockwise), so shapes-dvs refuses the
 * FLIP augmentation.
 */
public enum ShapesDvsClass {
    SQUARE_RIGHT(1),
    SQUARE_LEFT(0),
    TRIANGLE_CLOCKWISE(3),
    TRIANGLE_ANTICLOCKWISE(2),
    CIRCLE_EXPANDING(5),
    CIRCLE_SHRINKING(4),
    CROSS_DOWN(7),
    CROSS_UP(6),
    SQUARE_THERE_AND_BACK(8),
    CIRCLE_PULSING(9);

    private final int reversed;

    ShapesDvsClass(int reversed) {
        this.reversed = reversed;
    }

    /** The class this one becomes when played backwards in time (itself for the symmetric ones). */
    public ShapesDvsClass reversed() {
        return values()[reversed];
    }

    /** Whether this class, played backwards, is itself. */
    public boolean selfReversed() {
        return reversed == ordinal();
    }

    /** The label of class {@code label} played backwards. */
    public static int reversedClassOf(int label) {
        return values()[label].reversed;
    }

    /** {@code map[label]} = label played backwards; for all classes at once. */
    public static int[] reversalMap() {
        return Arrays.stream(values()).mapToInt(c -> c.reversed).toArray();
    }

    /** The class names, as in {@link dev.snn4j.data.DatasetId#SHAPES_DVS}. */
    public static List<String> names() {
        return Arrays.stream(values()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    }
}
