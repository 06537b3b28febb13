/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the small subset of Python literals an .npy header uses: a dict of str keys whose values
 * are strings, True/False, integers, and tuples or lists of those. Tuples and lists both become
 * {@link List}s, integers {@link Long}s.
 *
 * <p>Hand-written because the header comes from an untrusted file: nesting is limited so a hostile
 * header cannot overflow the stack, and every failure is a {@link Bad} carrying the character
 * position, which the caller turns into a byte offset.
 */
final class PyLiteral {

    /** A syntax error at character {@code position} of the text. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        final int position;

        Bad(int position, String message) {
            super(message, null, false, false);
            this.position = position;
        }
    }

    private static final int MAX_DEPTH = 8;
    private final String text;
    private int pos;

    private PyLiteral(String text) {
        this.text = text;
    }

    /** Parses a dict literal followed only by blanks. */
    static Map<String, Object> parseDict(String text) throws Bad {
        PyLiteral p = new PyLiteral(text);
        p.skipBlanks();
        if (!p.peek('{')) {
            throw new Bad(p.pos, "a '{'");
        }
        Object value = p.value(0);
        p.skipBlanks();
        if (p.pos != text.length()) {
            throw new Bad(p.pos, "the end of the header after the dict");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> dict = (Map<String, Object>) value;
        return dict;
    }

    private Object value(int depth) throws Bad {
        if (depth > MAX_DEPTH) {
            throw new Bad(pos, "at most " + MAX_DEPTH + " levels of nesting");
        }
        skipBlanks();
        if (pos >= text.length()) {
            throw new Bad(pos, "a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return dict(depth);
            case '(':
                return sequence(')', depth);
            case '[':
                return sequence(']', depth);
            case '\'':
            case '"':
                return string(c);
            default:
                break;
        }
        if (text.startsWith("True", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("False", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        return integer();
    }

    private Map<String, Object> dict(int depth) throws Bad {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++; // '{'
        while (true) {
            skipBlanks();
            if (peek('}')) {
                pos++;
                return map;
            }
            Object key = value(depth + 1);
            if (!(key instanceof String k)) {
                throw new Bad(pos, "a string key");
            }
            skipBlanks();
            if (!peek(':')) {
                throw new Bad(pos, "':'");
            }
            pos++;
            map.put(k, value(depth + 1));
            if (!separator('}')) {
                throw new Bad(pos, "',' or '}'");
            }
        }
    }

    private List<Object> sequence(char close, int depth) throws Bad {
        List<Object> items = new ArrayList<>();
        pos++; // '(' or '['
        while (true) {
            skipBlanks();
            if (peek(close)) {
                pos++;
                return items;
            }
            items.add(value(depth + 1));
            if (!separator(close)) {
                throw new Bad(pos, "',' or '" + close + "'");
            }
        }
    }

    /** After an item: consumes ',' (true), or leaves the closing bracket to the loop (true); else false. */
    private boolean separator(char close) {
        skipBlanks();
        if (peek(',')) {
            pos++;
            return true;
        }
        return peek(close);
    }

    private String string(char quote) throws Bad {
        int start = ++pos;
        while (pos < text.length() && text.charAt(pos) != quote) {
            if (text.charAt(pos) == '\\') {
                throw new Bad(pos, "a string without escapes");
            }
            pos++;
        }
        if (pos >= text.length()) {
            throw new Bad(start - 1, "a closed string");
        }
        return text.substring(start, pos++);
    }

    private Long integer() throws Bad {
        int start = pos;
        if (peek('-')) {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == 'L') { // Python 2 longs
            pos++;
        }
        String digits = text.substring(start, pos).replace("L", "");
        if (digits.isEmpty() || digits.equals("-")) {
            throw new Bad(start, "a value");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new Bad(start, "an integer that fits 64 bits");
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipBlanks() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\n'
                || text.charAt(pos) == '\t' || text.charAt(pos) == '\r')) {
            pos++;
        }
    }
}
