/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import java.io.PrintWriter;

/** The {@code snn4j} command line. The only place that calls {@code System.exit}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs a command and returns its exit code: 0 success, 1 an error in the input or the run
     * (one line on stderr), 2 a usage error (unknown flag, bad value).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // offline: the first run must never reach for the network; an accidental download fails loudly
        System.setProperty("ai.djl.offline", "true");
        return Snn4jCommand.commandLine(out, err).execute(args);
    }
}
