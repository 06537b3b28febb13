/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Out-of-memory failures in the user's terms: how much was asked for, and which flags decide it. */
final class MemoryErrors {

    /** libtorch's words for a failed allocation ("tried to allocate 401408000000000 bytes", "can't allocate memory"). */
    private static final Pattern BYTES = Pattern.compile("(?:tried to allocate|allocate memory: you tried to allocate) (\\d+) bytes");
    private static final Pattern NATIVE = Pattern.compile("tried to allocate|can't allocate memory|DefaultCPUAllocator|out of memory",
            Pattern.CASE_INSENSITIVE);

    /** The flags that size a step's memory, in the order a user should try them. */
    private static final List<String> SIZE_FLAGS = List.of("--batch-size", "--timesteps", "--model", "--image-size", "--points");

    private MemoryErrors() {}

    /** What libtorch failed to allocate ("libtorch could not allocate 373,832 GB"), or null when {@code e} is no allocation failure. */
    static String nativeAllocation(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String message = c.getMessage();
            if (message == null || !NATIVE.matcher(message).find()) {
                continue;
            }
            Matcher bytes = BYTES.matcher(message);
            if (bytes.find()) {
                double gb = Double.parseDouble(bytes.group(1)) / (1L << 30);
                return String.format(Locale.ROOT, "libtorch could not allocate %s for one tensor",
                        gb >= 1 ? String.format(Locale.ROOT, "%,.0f GB", gb) : String.format(Locale.ROOT, "%,.0f MB", gb * 1024));
            }
            return "libtorch could not allocate a tensor";
        }
        return null;
    }

    /** "use a smaller --batch-size (now 64), --timesteps (now 100000) or --model (now cnn3)": the command's own flags. */
    static String advice(CommandSpec spec) {
        List<String> parts = new ArrayList<>();
        for (String name : SIZE_FLAGS) {
            OptionSpec option = spec == null ? null : spec.findOption(name);
            if (option != null) {
                Object value = option.getValue();
                parts.add(name + (value == null ? "" : " (now " + value + ")"));
            }
        }
        if (parts.isEmpty()) {
            return "use smaller settings (batch size, time steps, model)";
        }
        String last = parts.remove(parts.size() - 1);
        return "use a smaller " + (parts.isEmpty() ? last : String.join(", ", parts) + " or " + last);
    }
}
