/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Snn4jException;
import org.junit.jupiter.api.function.Executable;

/**
 * The error check the image-folder and point-cloud tests share: a load fails with one line that names
 * what is wrong. Public because those tests sit in the sub-packages.
 */
public final class OneLineErrors {

    private OneLineErrors() {}

    /** Asserts that {@code action} fails with a one-line message holding every part; returns the message. */
    public static String expectError(Executable action, String... parts) {
        Snn4jException e = assertThrows(Snn4jException.class, action);
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        for (String p : parts) {
            assertTrue(m.contains(p), () -> "message lacks '" + p + "': " + m);
        }
        return m;
    }
}
