/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Out-of-memory failures, of the Java heap or of libtorch, reach the one-line handler naming the flags. */
class MemoryErrorsTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Option(names = "--batch-size")
        int batchSize = 64;

        @Option(names = {"-T", "--timesteps"})
        int timesteps = 100_000;

        @Option(names = "--what")
        String what = "heap";

        @Override
        public Integer call() {
            if (what.equals("heap")) {
                throw new OutOfMemoryError("Java heap space");
            }
            // what DJL's PyTorch engine throws when libtorch's allocator fails
            throw new ai.djl.engine.EngineException("[enforce fail at alloc_cpu.cpp:117] data. DefaultCPUAllocator: not enough"
                    + " memory: you tried to allocate 401408000000000 bytes.");
        }
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Snn4jCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cl.addSubcommand("boom", new Boom());
        cl.getSubcommands().get("boom").setExecutionExceptionHandler(cl.getExecutionExceptionHandler())
                .setErr(cl.getErr()).setOut(cl.getOut());
        int code = Main.run(cl, args, new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString().strip()};
    }

    @Test
    void javaHeapExhaustionIsOneLineNamingTheFlags() {
        String[] r = run("boom", "--batch-size", "512");
        assertEquals("1", r[0]);
        assertEquals("", r[1]);
        assertEquals(1, r[2].lines().count(), r[2]);
        assertEquals(true, r[2].startsWith("error: out of memory (the Java heap, "), r[2]);
        assertEquals(true, r[2].contains("MB): use a smaller --batch-size (now 512) or --timesteps (now 100000), or give Java"
                + " more (JAVA_OPTS=-Xmx...)"), r[2]);
    }

    @Test
    void libtorchAllocationFailureIsOneLineNamingTheFlags() {
        String[] r = run("boom", "--what", "native");
        assertEquals("1", r[0]);
        assertEquals("error: out of memory: libtorch could not allocate 373,840 GB for one tensor; use a smaller --batch-size"
                + " (now 64) or --timesteps (now 100000)", r[2]);
    }
}
