/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

class NativeGradientCheckTest {

    /** The build runs its tests with DNNL_MAX_CPU_ISA=AVX2 (the parent POM), as the launcher runs snn4j. */
    @Test
    void theBuildsSettingGivesRepeatableConvolutionGradients() {
        assertEquals("AVX2", System.getenv("DNNL_MAX_CPU_ISA"), "surefire's environment, as the launcher's");
        NativeGradientCheck.requireReproducibleConvolutions(Device.cpu());
        NativeGradientCheck.requireReproducibleConvolutions(Device.cpu()); // once per process: a second call is free
    }

    @Test
    void theMessageSaysWhatDifferedAndWhatToSet() {
        String m = NativeGradientCheck.message(0.42, null);
        assertTrue(m.startsWith("libtorch: expected convolution gradients that repeat exactly, found two runs"), m);
        assertTrue(m.contains("differing by 0.420 (relative)"), m);
        assertTrue(m.contains("environment variable DNNL_MAX_CPU_ISA=AVX2, as the snn4j launcher does"), m);
        assertTrue(NativeGradientCheck.message(Double.NaN, "AVX512_CORE").contains("(now AVX512_CORE)"));
    }
}
