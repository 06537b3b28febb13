/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.Locale;

/** Numbers in user-facing text (one-line errors are {@link Problems}). */
final class Messages {

    private Messages() {
    }

    /** Formats a count with thousands separators, e.g. 10,000. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
