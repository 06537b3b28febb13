/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Listings stay small whatever T is, and a log that cannot be written never reaches stdout. */
class BoundsCliTest {

    /** {@code models -T 100000} allocated 6 GB of activations; the costs per step need none. */
    @Test
    void aListingWithAHugeTAllocatesNoActivations() throws Exception {
        long before = usedHeapAndNative();
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.run("models", "-T", "100000", "--json"));
        assertEquals(0, r.code(), r.err());
        JsonNode cnn3 = null;
        for (JsonNode m : r.json().get("models")) {
            if (m.get("model").asText().equals("cnn3")) {
                cnn3 = m;
            }
        }
        CliRun four = CliRun.run("models", "-T", "4", "--json");
        JsonNode small = null;
        for (JsonNode m : four.json().get("models")) {
            if (m.get("model").asText().equals("cnn3")) {
                small = m;
            }
        }
        assertEquals(small.get("macs_per_timestep").asLong(), cnn3.get("macs_per_timestep").asLong());
        assertEquals(small.get("parameters").asLong(), cnn3.get("parameters").asLong());
        assertTrue(cnn3.get("macs_per_sample").asLong() > 20_000 * small.get("macs_per_sample").asLong(), "T scales the total");
        assertTrue(usedHeapAndNative() - before < 1L << 30, "well under a GB more resident memory");
    }

    /** Logback's status report on an unwritable log file went to stdout and broke --json. */
    @Test
    void anUnwritableLogFileNeverReachesStdout() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsnn4j.log=/proc/snn4j-no-such-dir/x.log",
                // the shipped configuration, not the tests' logback-test.xml
                "-Dlogback.configurationFile=" + Path.of(Main.class.getResource("/logback.xml").toURI()), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "models", "--json").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        JsonNode json = Json.mapper().readTree(out); // exactly one JSON object
        assertTrue(json.get("models").size() > 5);
        assertEquals(out.strip(), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json).strip());
        assertTrue(err.isBlank(), "nothing on stderr either: " + err);
    }

    /** Resident memory of this process (VmRSS), in bytes. */
    private static long usedHeapAndNative() throws Exception {
        for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }
}
