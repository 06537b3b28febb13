/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutsideToolsTest {

    @Test
    void theVariableNamesToolsOrAll() {
        assertFalse(OutsideTools.required("chromium", null));
        assertFalse(OutsideTools.required("chromium", " "));
        assertFalse(OutsideTools.required("chromium", "python3-h5py"));
        assertTrue(OutsideTools.required("chromium", "python3-h5py, Chromium"));
        assertTrue(OutsideTools.required("python3-h5py", "all"));
        assertFalse(OutsideTools.required("chromium", "chromium-driver"));
    }

    @Test
    void anAvailableToolNeitherSkipsNorFails() {
        OutsideTools.need("anything", true, "apt-get install anything", "");
    }
}
