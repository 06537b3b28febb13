/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.config.ConfigFiles;
import dev.snn4j.experiment.ExperimentGrid;
import dev.snn4j.experiment.ExperimentRunner;
import dev.snn4j.report.ExperimentSummary;
import dev.snn4j.run.EpochMetrics;
import dev.snn4j.train.TrainingListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark application in local mode against the sequential experiment: the same runs, the same
 * summary, and a task that fails on its first attempt after its first checkpoint resumes in the
 * retry and ends as the uninterrupted run. {@code local[2,2]}: two task slots, two attempts per task
 * (plain {@code local[2]} never retries).
 */
class SparkGridTest {

    private static final String GRID = String.join("\n", "dataset: fashion-mnist", "timesteps: 2", "epochs: 2",
            "train_limit: 256", "test_limit: 64", "batch_size: 32", "methods: [baseline, trt]", "seeds: [0, 1]", "");

    /** Fails the first attempt at one cell right after its first epoch, i.e. after its first checkpoint. */
    private static final CellListeners FAIL_ONCE = cell -> new TrainingListener() {
        @Override
        public void onEpochEnd(EpochMetrics metrics) {
            if (cell.label().equals("default/trt-seed1") && cell.attempt() == 0 && metrics.epoch() == 1) {
                throw new IllegalStateException("injected failure after the first checkpoint");
            }
        }
    };

    /** Every attempt at every cell fails before training. */
    private static final CellListeners ALWAYS_FAIL = cell -> new TrainingListener() {
        @Override
        public void onEpochStart(int epoch, int epochs, int steps) {
            throw new IllegalStateException("injected failure in attempt " + cell.attempt());
        }
    };

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2,2]").appName("snn4j-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1") // loopback only
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sameRunsAndSummaryAsTheSequentialExperimentAndARetryResumes(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("grid.yaml");
        Files.writeString(yaml, GRID);
        List<ExperimentGrid.Run> grid = ExperimentGrid.expand(ConfigFiles.readTree(yaml), yaml.toString());
        assertEquals(4, grid.size());

        // the sequential experiment: what `snn4j experiment` runs, then its shared summary step
        Path sequential = dir.resolve("sequential");
        new ExperimentRunner(sequential, System.getenv(), r -> TrainingListener.NONE).runAll(grid);
        String expected = ExperimentSummary.write(sequential, false).summary();

        Path onSpark = dir.resolve("spark");
        Run first = run(FAIL_ONCE, "--config", yaml.toString(), "--out", onSpark.toString(), "--no-report");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("4 runs, 0 already finished"), first.err());
        for (ExperimentGrid.Run run : grid) {
            String label = run.group() + "/" + run.name();
            String line = first.err().lines().filter(l -> l.contains("] " + label + " ")).findFirst().orElse("(none)");
            if (label.equals("default/trt-seed1")) {
                assertTrue(line.contains(label + " resumed (attempt 1, 1 epoch trained, executor driver"),
                        "the retry continued after the checkpoint of epoch 1: " + first.err());
            } else {
                assertTrue(line.contains(label + " trained (attempt 0, 2 epochs trained, executor driver"), first.err());
            }
            assertEquals(RunFiles.comparable(ExperimentRunner.runDir(sequential, run)), RunFiles.comparable(ExperimentRunner.runDir(onSpark, run)),
                    label + ": the same run apart from timings");
        }

        String summary = Files.readString(onSpark.resolve(ExperimentSummary.SUMMARY));
        assertEquals(summary, first.out(), "the summary is printed too");
        assertEquals(RunFiles.withoutTimingRows(expected), RunFiles.withoutTimingRows(summary));
        assertTrue(RunFiles.withoutTimingRows(summary).contains(" | test accuracy (%) | "), summary);
        assertTrue(summary.contains("(n=2)"), summary);
        assertFalse(summary.contains("note:"), "no unfinished run, no duplicate seed: " + summary);

        Run again = run(FAIL_ONCE, "--config", yaml.toString(), "--out", onSpark.toString(), "--no-report");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("4 runs, 4 already finished"), again.err());
        assertEquals(4, again.err().lines().filter(l -> l.contains(" skipped (attempt 0, 0 epochs trained")).count(), again.err());
        assertEquals(summary, Files.readString(onSpark.resolve(ExperimentSummary.SUMMARY)), "a resubmission changes nothing");
    }

    @Test
    void aCellThatFailsInEveryAttemptIsOneLine(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("one.yaml");
        Files.writeString(yaml, "epochs: 1\ntrain_limit: 64\ntest_limit: 32\nbatch_size: 32\ntimesteps: 2\nmethods: [trt]\nseeds: [3]\n");
        Run r = run(ALWAYS_FAIL, "--config", yaml.toString(), "--out", dir.resolve("exp").toString());
        assertEquals(1, r.code(), r.err());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(List.of("error: default/trt-seed3 (attempt 1): injected failure in attempt 1 (its last attempt; "
                + "local[N,F] allows F attempts); rerun to continue"), errors);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(dir.resolve("exp/summary.md")));
    }

    @Test
    void usageErrorsStartNoJob(@TempDir Path dir) throws Exception {
        Run missing = run(CellListeners.LOG, "--config", dir.resolve("none.yaml").toString(), "--out", dir.resolve("x").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("error: " + dir.resolve("none.yaml") + ": no such file"), missing.err());
        Run noOut = run(CellListeners.LOG, "--config", dir.resolve("none.yaml").toString());
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().startsWith("Missing required option: '--out=DIR'"), noOut.err());
        Run wait = run(CellListeners.LOG, "--config", "x.yaml", "--out", "x", "--lock-wait", "-1");
        assertEquals(2, wait.code());
        assertTrue(wait.err().startsWith("--lock-wait: expected seconds >= 0, found -1"), wait.err());
    }

    private record Run(int code, String out, String err) {}

    private static Run run(CellListeners listeners, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkExperiment.run(args, new PrintWriter(out, true), new PrintWriter(err, true), listeners);
        return new Run(code, out.toString(), err.toString());
    }

}
