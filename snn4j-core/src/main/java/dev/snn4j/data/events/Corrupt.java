/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.Snn4jException;

/**
 * The one shape of every error about a bad event file: "FILE: byte N: expected X, found Y", on one
 * line, so a user can open the file at that offset and see what is wrong.
 */
final class Corrupt {

    private Corrupt() {}

    /**
     * An error at byte {@code offset} of {@code file}. {@code found} usually quotes the file's own
     * bytes, so it is made printable ({@link #printable}).
     */
    static Snn4jException at(String file, long offset, String expected, String found) {
        return new Snn4jException(oneLine(file + ": byte " + offset + ": expected " + expected + ", found "
                + printable(found)));
    }

    /** An error about a whole file (e.g. it cannot be read), with the cause's message. */
    static Snn4jException file(String file, String problem, Throwable cause) {
        String m = cause instanceof java.io.IOException io ? dev.snn4j.IoErrors.reason(io) : cause == null ? "" : cause.getMessage();
        String detail = m == null || m.isBlank() ? (cause == null ? "" : ": " + cause.getClass().getSimpleName()) : ": " + m;
        return new Snn4jException(oneLine(file + ": " + problem + detail), cause);
    }

    /** A one-line message with no location, e.g. about a folder layout. */
    static Snn4jException message(String message) {
        return new Snn4jException(oneLine(message));
    }

    /**
     * The text with every control character and line or paragraph separator (including NEL, U+0085,
     * which decoded file bytes produce and some terminals break lines at) replaced by a space.
     */
    static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(breaksLine(c) ? ' ' : c);
        }
        return b.toString().replaceAll(" {2,}", " ").trim();
    }

    private static boolean breaksLine(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /** Text decoded from file bytes, with control and non-ASCII characters written as \xNN (\\uNNNN above 0xFF). */
    static String printable(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                b.append(c);
            } else if (c <= 0xFF) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    /** A short printable rendering of raw header text for "found ..." parts. */
    static String quote(String raw) {
        return "'" + printable(raw.length() > 60 ? raw.substring(0, 60) + "..." : raw) + "'";
    }

    static String hex(long value) {
        return String.format("0x%08x", value);
    }
}
