/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snn4j experiment}: a grid, its summary and report, and a rerun that trains nothing. */
class ExperimentCommandTest {

    @Test
    void gridRunsSummarisesAndSkipsFinishedRuns(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("ablation.yaml");
        Files.writeString(config, String.join("\n",
                "dataset: fashion-mnist",
                "timesteps: 2",
                "epochs: 1",
                "train_limit: 64",
                "test_limit: 32",
                "batch_size: 32",
                "methods: [baseline, trt]",
                "seeds: [0, 1]",
                "trt_beta: [0, 1]",
                ""));
        Path out = dir.resolve("exp");

        CliRun dry = CliRun.run("experiment", "--config", config.toString(), "--out", out.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertEquals(6, dry.out().lines().filter(l -> l.startsWith("to run")).count(), dry.out());
        assertFalse(Files.exists(out.resolve("default")), "a dry run trains nothing");

        CliRun first = CliRun.run("experiment", "--config", config.toString(), "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals(6, first.err().lines().filter(l -> l.endsWith("] trained")).count(), first.err());
        assertTrue(Files.isRegularFile(out.resolve("default/baseline-seed1/metrics.json")));
        assertTrue(Files.isRegularFile(out.resolve("trt_beta=1/trt-seed0/model-0000.params")));
        assertTrue(Files.isRegularFile(out.resolve("report/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("experiment.yaml")), "the experiment file is kept with its runs");
        String summary = Files.readString(out.resolve("summary.md"));
        assertEquals(summary, first.out().substring(0, summary.length()), "the summary is printed too");
        // the shared baseline is paired with both TRT settings, over both seeds
        assertTrue(summary.contains("| trt_beta=0.0 | test accuracy (%) |"), summary);
        assertTrue(summary.contains("| trt_beta=1.0 | test accuracy (%) |"), summary);
        assertTrue(summary.contains("(n=2)"), summary);
        assertTrue(summary.contains("| trt_beta=1.0 | training seconds per epoch |"), "TRT's cost is measured next to the baseline: " + summary);
        assertTrue(summary.contains("| peak memory (MB) |"), summary);

        CliRun again = CliRun.run("experiment", "--config", config.toString(), "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("6 runs, 6 already finished"), again.err());
        assertEquals(6, again.err().lines().filter(l -> l.endsWith("] skipped")).count(), again.err());
        assertEquals(summary, Files.readString(out.resolve("summary.md")));

        // a run folder of an earlier version, which recorded no normalize setting: not mistaken for this run
        Path runConfig = out.resolve("default/baseline-seed0/config.json");
        ObjectNode root = (ObjectNode) Json.mapper().readTree(runConfig.toFile());
        ((ObjectNode) root.get("config")).remove("normalize");
        Files.writeString(runConfig, Json.write(root));
        CliRun older = CliRun.run("experiment", "--config", config.toString(), "--out", out.toString());
        assertEquals(1, older.code(), older.err());
        assertTrue(older.err().contains("holds a run with other settings (normalize: expected \"auto\", found no such setting,"
                + " an earlier version's run); move it away or choose another --out"), older.err());
    }

    /** {@code variants} and {@code evaluate}: a one-factor design whose runs are evaluated at T' and under FGSM, in the summary. */
    @Test
    void variantsAreEvaluatedAndSummarised(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("study.yaml");
        Files.writeString(config, String.join("\n",
                "timesteps: 2", "epochs: 1", "train_limit: 64", "test_limit: 32", "batch_size: 32", "seeds: [0]",
                "variants:", "  - {}", "  - {trt_star_head: auxiliary}",
                "evaluate: {timesteps: [1], attacks: [{method: fgsm, epsilon: 8/255}]}", ""));
        Path out = dir.resolve("study");
        CliRun r = CliRun.run("experiment", "--config", config.toString(), "--out", out.toString(), "--no-report");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.err().lines().filter(l -> l.contains("] trained; evaluated fgsm eps=0.03137: ")
                && l.contains(", T'=1: ")).count(), r.err());
        String summary = Files.readString(out.resolve("summary.md"));
        for (String row : new String[] {"| trt_star_head=auxiliary | test accuracy (%) |", "| trt_star_head=shared | ASFR |",
                "| trt_star_head=shared | energy per sample (µJ) |", "| trt_star_head=auxiliary | accuracy under fgsm, ε = 8/255 (%) |",
                "| trt_star_head=auxiliary | test accuracy at T' = 1 (%) |", "| trt_star_head=auxiliary | test accuracy at T' = 2 (%) |"}) {
            assertTrue(summary.contains(row), row + " in\n" + summary);
        }
        CliRun again = CliRun.run("experiment", "--config", config.toString(), "--out", out.toString(), "--no-report");
        assertEquals(3, again.err().lines().filter(l -> l.endsWith("] skipped")).count(), "nothing evaluated twice: " + again.err());
    }

    @Test
    void badFileIsOneLine(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "epochs: [1, 0]\n");
        CliRun r = CliRun.run("experiment", "--config", config.toString(), "--out", dir.resolve("x").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("epochs: expected an integer >= 1, found 0"), r.err());
        CliRun missing = CliRun.run("experiment", "--config", dir.resolve("none.yaml").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("none.yaml: no such file"), missing.err());
    }
}
