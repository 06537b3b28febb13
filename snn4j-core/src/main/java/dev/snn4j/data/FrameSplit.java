/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.CliEnum;

/**
 * How an event stream is cut into T frames (the rules in the golden cases' README,
 * snn4j-core/src/test/resources/golden/README.md, as SpikingJelly defines them).
 *
 * <p>An enum rather than a string so a typo fails when the value is parsed, and because the choice is
 * part of the frame cache key.
 */
public enum FrameSplit implements CliEnum {
    /**
     * Equal event counts: with N events and T frames, frame j holds events floor(N/T)·j up to
     * floor(N/T)·(j+1); the last frame also takes the remainder. Robust to recordings of different
     * speed, the usual choice for CIFAR10-DVS and DVS Gesture.
     */
    NUMBER,
    /**
     * Equal time spans: Δ = floor((t[N-1] - t[0]) / T); frame j holds t[0] + Δj ≤ t &lt; t[0] + Δ(j+1),
     * and the last frame every later event. Keeps the motion's real timing.
     */
    TIME;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }
}
