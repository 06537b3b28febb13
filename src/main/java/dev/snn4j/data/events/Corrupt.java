package dev.snn4j.data.events;

import dev.snn4j.Snn4jException;

/**
 * The one shape of every error about a bad event file: "FILE: byte N: expected X, found Y", on one
 * line, so a user can open the file at that offset and see what is wrong.
 */
final class Corrupt {

    private Corrupt() {}

    /** An error at byte {@code offset} of {@code file}. */
    static Snn4jException at(String file, long offset, String expected, String found) {
        return new Snn4jException(oneLine(file + ": byte " + offset + ": expected " + expected + ", found " + found));
    }

    /** An error about a whole file (e.g. it cannot be read), with the cause's message. */
    static Snn4jException file(String file, String problem, Throwable cause) {
        String m = cause == null ? "" : cause.getMessage();
        String detail = m == null || m.isBlank() ? (cause == null ? "" : ": " + cause.getClass().getSimpleName()) : ": " + m;
        return new Snn4jException(oneLine(file + ": " + problem + detail), cause);
    }

    /** A one-line message with no location, e.g. about a folder layout. */
    static Snn4jException message(String message) {
        return new Snn4jException(oneLine(message));
    }

    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").trim();
    }

    /** A short printable rendering of raw header text for "found ..." parts. */
    static String quote(String raw) {
        String s = raw.length() > 60 ? raw.substring(0, 60) + "..." : raw;
        StringBuilder b = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\x%02x", (int) c & 0xFF));
        }
        return b.append('\'').toString();
    }

    static String hex(long value) {
        return String.format("0x%08x", value);
    }
}
