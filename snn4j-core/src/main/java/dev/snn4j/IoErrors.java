/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * I/O failures in the user's terms: the operating system's reason, not Java's exception class. JDK
 * only, so the data package uses it as well; {@link Json#problem} adds Jackson's parse errors.
 */
public final class IoErrors {

    private IoErrors() {}

    /** Why an I/O operation failed: "permission denied", "no such file", "is a directory", or the OS's own words. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    /**
     * Refuses anything but a readable regular file (a FIFO would block, a device never ends), with
     * one line naming the file and what it is.
     *
     * @param what the file's role, e.g. "config file"
     */
    public static void requireRegularFile(Path file, String what) {
        if (Files.isRegularFile(file)) {
            if (!Files.isReadable(file)) {
                throw new Snn4jException(file + ": cannot read " + what + ": permission denied");
            }
            return;
        }
        if (!Files.exists(file)) {
            throw new Snn4jException(file + ": no such file");
        }
        String found;
        if (Files.isDirectory(file)) {
            found = "a folder";
        } else {
            found = "not a regular file (a FIFO, socket or device)";
        }
        throw new Snn4jException(file + ": expected a regular file (" + what + "), found " + found);
    }
}
