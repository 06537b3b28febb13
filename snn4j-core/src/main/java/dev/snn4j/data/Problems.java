/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.IoErrors;
import dev.snn4j.Snn4jException;

/**
 * One-line user errors of the data readers: "FILE: expected X, found Y". The command line prints a
 * {@link Snn4jException}'s message as-is, so text from files or the JDK is forced onto one line.
 */
public final class Problems {

    private Problems() {}

    public static Snn4jException error(String message) {
        return new Snn4jException(oneLine(message));
    }

    public static Snn4jException error(String message, Throwable cause) {
        return new Snn4jException(oneLine(message), cause);
    }

    /** The message of {@code e} on one line, or its class name when it has none. */
    public static String describe(Throwable e) {
        if (e instanceof java.io.IOException io) { // the OS's reason (permission denied), not the path again
            return oneLine(IoErrors.reason(io));
        }
        String m = oneLine(e.getMessage());
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }

    /** Control characters (line breaks included) become spaces; null becomes "". */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return b.toString().replaceAll(" {2,}", " ").trim();
    }

    /** File text quoted for a "found" part: at most 60 characters, non-ASCII as \xNN. */
    public static String quote(String raw) {
        String s = raw.length() > 60 ? raw.substring(0, 60) + "..." : raw;
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                b.append(c);
            } else {
                b.append(String.format("\\x%02x", (int) c & 0xFF));
            }
        }
        return b.append('\'').toString();
    }
}
