/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import ai.djl.Device;
import ai.djl.engine.Engine;
import dev.snn4j.Snn4jException;

/**
 * {@code --device auto|cpu|gpu[:N]}. This is the whole GPU path: DJL runs the same code on a CUDA
 * device when its CUDA natives are on the classpath instead of the CPU ones. It is untested here
 * (no GPU on the development machine).
 */
public final class DeviceChoice {

    private DeviceChoice() {}

    /** Validates the text without touching the engine. */
    public static void parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("auto") || t.equals("cpu") || t.equals("gpu")) {
            return;
        }
        if (t.startsWith("gpu:")) {
            try {
                if (Integer.parseInt(t.substring(4)) >= 0) {
                    return;
                }
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        throw new Snn4jException("device: expected auto, cpu, gpu or gpu:N, found '" + text + "'");
    }

    /** The DJL device; fails with one line when a GPU is asked for but the engine has none. */
    public static Device resolve(String text) {
        parse(text);
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        Engine engine = Engine.getInstance();
        if (t.equals("auto")) {
            return engine.defaultDevice();
        }
        if (t.equals("cpu")) {
            return Device.cpu();
        }
        int index = t.equals("gpu") ? 0 : Integer.parseInt(t.substring(4));
        if (engine.getGpuCount() <= index) {
            throw new Snn4jException(
                    "device " + text + ": expected a CUDA device, found " + engine.getGpuCount()
                            + " GPU(s); put DJL's CUDA natives (pytorch-native-cu*) on the classpath");
        }
        return Device.gpu(index);
    }
}
