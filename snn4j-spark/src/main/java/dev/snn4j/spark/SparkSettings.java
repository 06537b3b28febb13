/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.spark;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;

/** What the application checks in the Spark settings before it starts a job. */
final class SparkSettings {

    private static final Pattern LOCAL = Pattern.compile("local\\[(\\d+)(\\s*,\\s*\\d+)?]");

    private SparkSettings() {}

    /** A setting that would make runs wrong, as one line, or empty. */
    static Optional<String> refusal(SparkConf conf) {
        if (conf.getBoolean("spark.speculation", false)) {
            return Optional.of("spark.speculation: expected false (a speculative copy of a task would train the same run "
                    + "again once the first copy lets go of its lock), found true");
        }
        return Optional.empty();
    }

    /**
     * A setting that wastes the cluster, as one line, or empty: more task slots per executor than
     * one, since an executor trains one run at a time ({@link CellTask}).
     */
    static Optional<String> note(SparkConf conf) {
        int cpus = conf.getInt("spark.task.cpus", 1);
        Matcher local = LOCAL.matcher(conf.get("spark.master", ""));
        int cores = local.matches() ? Integer.parseInt(local.group(1)) : conf.getInt("spark.executor.cores", cpus);
        int slots = cores / Math.max(1, cpus);
        if (slots <= 1) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%d task slots per executor (%d cores, spark.task.cpus=%d), but an executor "
                + "trains one run at a time (DJL allows one gradient collector per process), so %d of them wait; "
                + "set spark.task.cpus to the executor's cores", slots, cores, cpus, slots - 1));
    }
}
