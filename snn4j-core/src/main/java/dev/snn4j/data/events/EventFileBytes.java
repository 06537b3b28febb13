/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an event file whole, refusing what cannot be one Java array. */
final class EventFileBytes {

    /** Largest file read in one piece (a Java array's limit, with headroom). */
    static final long MAX_BYTES = Integer.MAX_VALUE - 64;

    private EventFileBytes() {}

    static byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw Corrupt.at(file.toString(), 0, "an event file of at most " + MAX_BYTES + " bytes",
                        size + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw Corrupt.file(file.toString(), "cannot read", e);
        }
    }
}
