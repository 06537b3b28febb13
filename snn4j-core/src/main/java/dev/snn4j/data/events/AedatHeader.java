/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ASCII header of an AEDAT file: lines that start with '#' and end with '\n' (jAER and cAER
 * write "\r\n"), before the binary events.
 *
 * @param lines the header lines without their line ends
 * @param end byte offset of the first binary byte
 */
record AedatHeader(List<String> lines, int end) {

    /**
     * AEDAT 2.0: the header is every line starting with '#' from the start of the file.
     * AEDAT 3.1: when {@code endLine} is given, the header ends with that line, which must exist.
     */
    static AedatHeader parse(byte[] data, String file, String endLine) {
        List<String> lines = new ArrayList<>();
        int pos = 0;
        while (pos < data.length && data[pos] == '#') {
            int nl = pos;
            while (nl < data.length && data[nl] != '\n') {
                nl++;
            }
            if (nl == data.length) {
                throw Corrupt.at(file, pos, "a header line ending in a line feed", "end of file");
            }
            int lineEnd = nl > pos && data[nl - 1] == '\r' ? nl - 1 : nl;
            String line = new String(data, pos, lineEnd - pos, StandardCharsets.ISO_8859_1);
            lines.add(line);
            pos = nl + 1;
            if (endLine != null && line.equals(endLine)) {
                return new AedatHeader(lines, pos);
            }
        }
        if (endLine != null) {
            throw Corrupt.at(file, pos, "a header line '" + endLine + "'",
                    pos < data.length ? "binary data" : "end of file");
        }
        return new AedatHeader(lines, pos);
    }

    /** Checks that the first line is {@code versionLine}, e.g. "#!AER-DAT2.0". */
    void requireVersion(String file, String versionLine) {
        String first = lines.isEmpty() ? null : lines.get(0);
        if (first == null || !first.trim().equals(versionLine)) {
            throw Corrupt.at(file, 0, "first line '" + versionLine + "'",
                    first == null ? "no header" : Corrupt.quote(first));
        }
    }

    /** The value after "#Key:" of the first such line, or null. */
    String value(String key) {
        String prefix = "#" + key + ":";
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
        }
        return null;
    }
}
