/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks that need a tool from outside the repository (Python with h5py, Chromium, Debian's
 * Fashion-MNIST package). On a bare machine with only JDK 17 and Maven such a check is skipped,
 * visibly: it prints one line {@code skipped: needs X (apt-get install Y)}. Where the environment
 * variable {@code SNN4J_REQUIRE_TOOLS} names the tool (a comma-separated list of tool names, or
 * {@code all}), as CI's {@code .ci/run} sets it, a missing tool fails the check instead.
 */
public final class OutsideTools {

    /** The variable that turns a skip into a failure. */
    public static final String REQUIRE = "SNN4J_REQUIRE_TOOLS";

    private OutsideTools() {}

    /**
     * Skips (or, where required, fails) the calling test unless the tool is available.
     *
     * @param tool a short name of the tool, as {@code SNN4J_REQUIRE_TOOLS} lists it ({@code python3-h5py})
     * @param available whether it was found
     * @param install how to install it ({@code apt-get install python3-h5py python3-numpy})
     * @param detail what was looked for, for the message (may be empty)
     */
    public static void need(String tool, boolean available, String install, String detail) {
        if (available) {
            return;
        }
        String line = "needs " + tool + " (" + install + ")" + (detail.isEmpty() ? "" : "; " + detail);
        if (required(tool, System.getenv(REQUIRE))) {
            Assertions.fail(REQUIRE + " requires " + tool + ", but this check " + line);
        }
        System.out.println("skipped: " + line);
        Assumptions.abort("skipped: " + line);
    }

    /** Whether {@code setting} (the variable's value, or null) requires {@code tool}. */
    static boolean required(String tool, String setting) {
        if (setting == null || setting.isBlank()) {
            return false;
        }
        Set<String> names = Arrays.stream(setting.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return names.contains("all") || names.contains(tool.toLowerCase(Locale.ROOT));
    }
}
