/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.util.List;

/**
 * A small HTML writer. Every piece of text goes through {@link #escape}, so a run named
 * {@code <b>&} shows as such. The output is also well-formed XML (void elements are closed), which
 * lets tests parse it with the JDK's XML parser.
 */
final class Html {

    private final StringBuilder out = new StringBuilder();

    /** Escapes text for use in element content and in quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // control characters are not allowed in HTML (nor XML) text
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Appends markup as it is: only for constant markup, never for data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag>text</tag>} with escaped text. */
    Html element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag class="cls">text</tag>} with escaped text. */
    Html element(String tag, String cls, String text) {
        out.append('<').append(tag).append(" class=\"").append(escape(cls)).append("\">").append(escape(text))
                .append("</").append(tag).append(">\n");
        return this;
    }

    /** A table: header cells, then rows; a cell whose text starts with a digit, sign or "n/a" is right-aligned. */
    Html table(String cls, List<String> header, List<List<String>> rows) {
        out.append("<table").append(cls == null ? "" : " class=\"" + escape(cls) + "\"").append(">\n<thead><tr>");
        for (String h : header) {
            out.append("<th>").append(escape(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (String cell : row) {
                out.append(numeric(cell) ? "<td class=\"num\">" : "<td>").append(escape(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return this;
    }

    static boolean numeric(String cell) {
        return cell != null && !cell.isEmpty() && (cell.matches("^[-+−\\[]?[0-9].*") || cell.equals("n/a") || cell.equals("—"));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
