/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code experiment --shard K/N} and {@code --summarize-only}: a job array shares a grid, then one job summarises it. */
class ExperimentShardCommandTest {

    private static Path grid(Path dir) throws Exception {
        Path config = dir.resolve("grid.yaml");
        Files.writeString(config, String.join("\n",
                "dataset: fashion-mnist", "timesteps: 2", "epochs: 1", "train_limit: 64", "test_limit: 32", "batch_size: 32",
                "methods: [baseline, trt]", "seeds: [0, 1]", ""));
        return config;
    }

    @Test
    void shardsShareTheGridAndOneJobSummarisesIt(@TempDir Path dir) throws Exception {
        Path config = grid(dir);
        Path out = dir.resolve("exp");
        String[] base = {"experiment", "--config", config.toString(), "--out", out.toString()};

        CliRun dry = run(base, "--shard", "2/3", "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.err().contains("shard 2/3: 1 of the grid's 4 runs, 0 already finished"), dry.err());
        assertEquals(List.of("to run   " + out.resolve("default/baseline-seed1")), dry.out().lines().toList(),
                "run 1 of the grid (from 0) is in slice 1 mod 3 + 1 = 2");

        CliRun first = run(base, "--shard", "1/2");
        assertEquals(0, first.code(), first.err());
        assertEquals(2, first.err().lines().filter(l -> l.endsWith("] trained")).count(), first.err());
        assertTrue(first.err().contains("shard 1/2 done; once every shard is, write the summary with --summarize-only"), first.err());
        assertFalse(Files.exists(out.resolve("summary.md")), "a shard writes no summary");

        CliRun early = run(base, "--summarize-only");
        assertEquals(1, early.code(), early.err());
        assertEquals("error: --summarize-only: expected all 4 runs of the grid finished, found 2 not finished "
                + "(default/baseline-seed1, default/trt-seed1) in " + out, early.err().strip());
        assertFalse(Files.exists(out.resolve("summary.md")));

        CliRun second = run(base, "--shard", "2/2");
        assertEquals(0, second.code(), second.err());
        assertEquals(2, second.err().lines().filter(l -> l.endsWith("] trained")).count(), second.err());
        Set<String> trained = new HashSet<>();
        for (CliRun shard : List.of(first, second)) {
            shard.err().lines().filter(l -> l.endsWith("] trained")).map(l -> l.replaceFirst("^\\[\\d+/\\d+ ", "").replace("] trained", ""))
                    .forEach(name -> assertTrue(trained.add(name), "trained once: " + name));
        }
        assertEquals(Set.of("default/baseline-seed0", "default/trt-seed0", "default/baseline-seed1", "default/trt-seed1"), trained);

        CliRun again = run(base, "--shard", "2/2");
        assertEquals(0, again.code(), again.err());
        assertEquals(2, again.err().lines().filter(l -> l.endsWith("] skipped")).count(), "a finished shard trains nothing: " + again.err());

        CliRun summary = run(base, "--summarize-only");
        assertEquals(0, summary.code(), summary.err());
        String table = Files.readString(out.resolve("summary.md"));
        assertEquals(table + "report: " + out.resolve("report/index.html") + "\n", summary.out());
        String accuracy = table.lines().filter(l -> l.contains(" | test accuracy (%) | ")).findFirst().orElseThrow();
        assertEquals(2, accuracy.split("\\(n=2\\)", -1).length - 1, "both methods over both seeds: " + table);
        assertFalse(table.contains("unfinished"), table);
        assertTrue(Files.isRegularFile(out.resolve("report/index.html")));
    }

    @Test
    void badShardsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path config = grid(dir);
        for (String bad : List.of("3/2", "0/0", "0/2", "1/0", "2", "a/b", "-1/2", "1/2/3")) {
            CliRun r = CliRun.run("experiment", "--config", config.toString(), "--out", dir.resolve("x").toString(), "--shard", bad);
            assertEquals(2, r.code(), bad + ": " + r.err());
            assertEquals("--shard: expected K/N with 1 <= K <= N (such as 2/4), found '" + bad + "'", r.err().lines().findFirst().orElse(""));
            assertTrue(r.err().contains("Usage: snn4j experiment"), "usage follows the line");
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("x")), "nothing written");
        CliRun both = CliRun.run("experiment", "--config", config.toString(), "--shard", "1/2", "--summarize-only");
        assertEquals(2, both.code(), both.err());
        assertEquals("--summarize-only: expected neither --shard nor --dry-run (it trains nothing and summarises the whole grid), "
                + "found --shard 1/2", both.err().lines().findFirst().orElse(""));
    }

    private static CliRun run(String[] base, String... more) {
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.run(args);
    }
}
