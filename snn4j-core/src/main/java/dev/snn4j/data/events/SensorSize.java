/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

/**
 * The pixel array of an event camera: x in [0, width), y in [0, height), origin top-left.
 *
 * @param width columns
 * @param height rows
 */
public record SensorSize(int width, int height) {

    /** The DVS128 of CIFAR10-DVS and DVS Gesture. */
    public static final SensorSize DVS128 = new SensorSize(128, 128);
    /** The ATIS window of N-MNIST. */
    public static final SensorSize N_MNIST = new SensorSize(34, 34);
    /** The ATIS window of N-Caltech101 (as SpikingJelly sizes it: H 180, W 240). */
    public static final SensorSize N_CALTECH101 = new SensorSize(240, 180);

    public SensorSize {
        if (width < 1 || height < 1 || width > Short.MAX_VALUE || height > Short.MAX_VALUE) {
            throw new IllegalArgumentException("expected a sensor of 1.." + Short.MAX_VALUE + " pixels each way, found "
                    + width + "x" + height);
        }
    }

    /** Whether (x, y) is a pixel of this sensor. */
    public boolean contains(int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
