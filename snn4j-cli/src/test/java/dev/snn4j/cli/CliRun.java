/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, as a user meets it: exit code, stdout, stderr. */
public record CliRun(int code, String out, String err) {

    /** Runs {@code snn4j args...} through {@link Main#run}, capturing both streams. */
    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Stdout parsed as the one JSON object of {@code --json}. */
    public JsonNode json() throws Exception {
        return Json.mapper().readTree(out);
    }
}
