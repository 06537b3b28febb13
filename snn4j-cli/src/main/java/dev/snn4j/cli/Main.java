/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

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
        return run(Snn4jCommand.commandLine(out, err), args, err);
    }

    /** Runs {@code args} on a configured command line; Errors (out of memory) become one line too. */
    static int run(CommandLine cl, String[] args, PrintWriter err) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli's handler sees exceptions only: an Error (the Java heap full) reaches here
            Snn4jCommand.log(e);
            err.println("error: out of memory (the Java heap, " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): "
                    + MemoryErrors.advice(commandSpec(cl, args)) + ", or give Java more (JAVA_OPTS=-Xmx...)");
            err.flush();
            return 1;
        } catch (Error e) {
            Snn4jCommand.log(e);
            err.println("error: internal error " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
            err.flush();
            return 1;
        }
    }

    /** The spec of the subcommand {@code args} named (for its flags in messages), else the top command's. */
    private static CommandLine.Model.CommandSpec commandSpec(CommandLine cl, String[] args) {
        CommandLine.ParseResult parsed = cl.getParseResult();
        while (parsed != null && parsed.subcommand() != null) {
            parsed = parsed.subcommand();
        }
        return parsed != null ? parsed.commandSpec() : cl.getCommandSpec();
    }
}
