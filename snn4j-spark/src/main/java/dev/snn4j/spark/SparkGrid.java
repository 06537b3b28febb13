/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The grid as one Spark job: one partition, so one task, per cell, each running its cell on an
 * executor ({@link CellTask}). A failed task is retried by Spark (up to {@code spark.task.maxFailures}
 * attempts; in local mode {@code local[N,F]} allows F) and resumes from the run's last checkpoint.
 */
public final class SparkGrid {

    private SparkGrid() {}

    /**
     * Runs the {@code cells} cells of the experiment {@code grid} into {@code root} and returns what
     * each task did, in the grid's order.
     *
     * @param root the experiment folder, an absolute path on a file system every executor shares
     * @param lockWait how long a task waits for another process's claim on its run
     * @throws Snn4jException with one line when a cell failed in all its attempts, naming it
     */
    public static List<CellResult> run(JavaSparkContext spark, JsonNode grid, String source, Path root, int cells,
            Duration lockWait, CellListeners listeners) {
        List<Integer> indices = IntStream.range(0, cells).boxed().toList();
        CellTask task = new CellTask(Json.write(grid), source, root, lockWait, listeners);
        try {
            return new ArrayList<>(spark.parallelize(indices, cells).map(task).collect());
        } catch (Exception e) { // SparkException is checked in Java, thrown without a throws clause from Scala
            throw failure(e, spark.getConf());
        }
    }

    /** Spark's job failure as one line: the cell's own error when it came back, else Spark's first line. */
    private static Snn4jException failure(Exception e, SparkConf conf) {
        Optional<Snn4jException> cause = causes(e).stream().filter(Snn4jException.class::isInstance)
                .map(Snn4jException.class::cast).findFirst();
        String master = conf.get("spark.master", "");
        String attempts = master.startsWith("local") ? "local[N,F] allows F attempts" : "spark.task.maxFailures = "
                + conf.get("spark.task.maxFailures", "4");
        if (cause.isPresent()) {
            return new Snn4jException(cause.get().getMessage() + " (its last attempt; " + attempts + "); rerun to continue", e);
        }
        String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new Snn4jException(String.format(Locale.ROOT, "the Spark job failed: %s; rerun to continue", first), e);
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
