/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import static dev.snn4j.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snn4j report} as a user meets it: exit codes, one-line errors, JSON on stdout. */
class ReportCommandTest {

    /** A finished baseline run in the metrics.json schema, written by hand. */
    static Path fabricateRun(Path dir, String method, int seed, double accuracy) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.json"), "{\"config\": {\"dataset\": \"fashion-mnist\", \"model\": \"cnn3\", "
                + "\"method\": \"" + method + "\", \"timesteps\": 4, \"epochs\": 1, \"seed\": " + seed + ", \"out\": \"" + dir + "\"}}");
        Files.writeString(dir.resolve("metrics.json"), "{\"schema_version\": 1, \"method\": \"" + method + "\", \"epochs\": [{"
                + "\"epoch\": 1, \"train_loss\": 0.7, \"ce\": 0.7, \"train_accuracy\": 0.75, \"test_accuracy\": " + accuracy + ", "
                + "\"asfr\": 0.068, \"firing_rates\": {\"stem.sn1\": 0.04, \"body.sn2\": 0.05}, \"learning_rate\": 0.05, "
                + "\"seconds\": 100, \"eval_seconds\": 9, \"samples_per_second\": 300}], \"final\": {\"method\": \"" + method
                + "\", \"test_accuracy\": " + accuracy + ", \"asfr\": 0.068, \"firing_rates\": {\"stem.sn1\": 0.04, "
                + "\"body.sn2\": 0.05}, \"epochs\": 1}}");
        return dir;
    }

    @Test
    void writesThePageAndSaysWhere(@TempDir Path dir) throws Exception {
        fabricateRun(dir.resolve("exp/baseline"), "baseline", 0, 0.82);
        fabricateRun(dir.resolve("exp/trt"), "trt", 0, 0.83);
        Path out = dir.resolve("report");
        CliRun r = run("report", dir.resolve("exp").toString(), "--out", out.toString(), "--title", "Two runs");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("report of 2 runs, "), r.out());
        assertTrue(r.out().strip().endsWith(out.resolve("index.html").toString()), r.out());
        assertTrue(Files.readString(out.resolve("index.html")).contains("<h1>Two runs</h1>"));

        CliRun json = run("report", dir.resolve("exp/trt").toString(), dir.resolve("exp/baseline").toString(),
                "--out", out.toString(), "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode j = Json.mapper().readTree(json.out());
        assertEquals(2, j.get("runs").asInt());
        assertEquals(out.resolve("index.html").toString(), j.get("index").asText());
        assertTrue(j.get("images").size() > 5);
        for (JsonNode image : j.get("images")) {
            assertTrue(Files.isRegularFile(Path.of(image.asText())), image.asText());
        }
    }

    @Test
    void aBadFolderIsOneLineWithExitCodeOne(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope");
        CliRun r = run("report", missing.toString(), "--out", dir.resolve("report").toString());
        assertEquals(1, r.code());
        assertEquals("error: " + missing + ": no such folder", r.err().strip());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun e = run("report", empty.toString(), "--out", dir.resolve("report").toString());
        assertEquals(1, e.code());
        assertTrue(e.err().startsWith("error: " + empty + ": no run folders"), e.err());
        assertEquals(1, e.err().strip().lines().count());
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) {
        CliRun noOut = run("report", dir.toString());
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().contains("Missing required option: '--out=DIR'"), noOut.err());
        CliRun noDir = run("report", "--out", dir.toString());
        assertEquals(2, noDir.code());
        CliRun help = run("--help");
        assertTrue(help.out().contains("report"), help.out());
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream picocliWarnings = new java.io.ByteArrayOutputStream();
        CliRun own;
        try {
            System.setErr(new java.io.PrintStream(picocliWarnings, true, java.nio.charset.StandardCharsets.UTF_8));
            own = run("report", "--help");
        } finally {
            System.setErr(stderr);
        }
        assertEquals(0, own.code());
        assertTrue(own.out().contains("--title"));
        assertTrue(own.out().contains("(95% CI, p-value)"), own.out());
        assertEquals("", picocliWarnings.toString(java.nio.charset.StandardCharsets.UTF_8), "the description formats cleanly");
    }
}
