/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.snn4j.IoErrors;
import dev.snn4j.Snn4jException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** I/O failures name the OS's reason ("permission denied"), not only the path (issue 12). */
class IoReasonTest {

    @Test
    void reasonsInWords() {
        assertEquals("permission denied", IoErrors.reason(new AccessDeniedException("/x")));
        assertEquals("no such file or folder", IoErrors.reason(new NoSuchFileException("/x")));
        assertEquals("permission denied", Problems.describe(new AccessDeniedException("/x")));
    }

    @Test
    void anUnreadableIdxFileSaysPermissionDenied(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("train-images-idx3-ubyte");
        Files.write(file, new byte[16]);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "root reads anything: nothing to refuse");
        Snn4jException e = assertThrows(Snn4jException.class, () -> IoErrors.requireRegularFile(file, "an IDX file"));
        assertEquals(file + ": cannot read an IDX file: permission denied", e.getMessage());
    }
}
