/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

/**
 * An error caused by the user's input (a file, a flag, a config value) rather than by a bug.
 *
 * <p>Its message is one line that names the file or setting and says what is wrong ("expected X,
 * found Y"); the command line prints it as it is, without a stack trace, and exits with code 1.
 */
public class Snn4jException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Snn4jException(String message) {
        super(message);
    }

    public Snn4jException(String message, Throwable cause) {
        super(message, cause);
    }
}
