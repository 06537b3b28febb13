/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An enum whose constants have one lower-case name used everywhere a user sees or writes them:
 * command-line flags, config files, run folders ({@code fashion-mnist}, {@code piecewise_quadratic}).
 */
public interface CliEnum {

    /** The user-facing name of this constant. */
    String cliName();

    /** The default user-facing name of an enum constant: lower case, '_' as in the constant. */
    static String defaultName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a user-facing name (case-insensitive).
     *
     * @param flag the flag or key the text came from, for the error message
     * @throws Snn4jException "FLAG: expected one of a, b, c, found 'x'"
     */
    static <E extends Enum<E> & CliEnum> E parse(Class<E> type, String flag, String text) {
        String wanted = text == null ? "" : text.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.cliName().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        throw new Snn4jException(flag + ": expected one of " + names(type) + ", found '" + text + "'");
    }

    /** "a, b, c": every user-facing name of an enum, for help texts and errors. */
    static <E extends Enum<E> & CliEnum> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CliEnum::cliName).collect(Collectors.joining(", "));
    }
}
