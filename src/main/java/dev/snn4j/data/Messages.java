package dev.snn4j.data;

import dev.snn4j.Snn4jException;
import java.util.Locale;

/**
 * Small helpers that keep error messages on one line and numbers readable.
 *
 * <p>Every {@link dev.snn4j.Snn4jException} message is printed as-is by the command line, so text
 * that comes from outside (file names, JDK exception messages) must not smuggle in line breaks.
 */
final class Messages {

    private Messages() {
    }

    /** Replaces line breaks and tabs with spaces so the text fits in a one-line message. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\r\\n\\t]+", " ").trim();
    }

    /** The message of {@code e}, on one line, or its class name when it has none. */
    static String describe(Throwable e) {
        String m = oneLine(e.getMessage());
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }

    /** A user-facing error whose message is forced onto one line. */
    static Snn4jException error(String message) {
        return new Snn4jException(oneLine(message));
    }

    /** A user-facing error with a cause, its message forced onto one line. */
    static Snn4jException error(String message, Throwable cause) {
        return new Snn4jException(oneLine(message), cause);
    }

    /** Formats a count with thousands separators, e.g. 10,000. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
