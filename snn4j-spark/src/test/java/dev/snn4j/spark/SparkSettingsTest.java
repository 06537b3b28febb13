/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The Spark settings the application refuses (speculation) or notes (task slots that would wait). */
class SparkSettingsTest {

    private static SparkConf conf(String... pairs) {
        SparkConf conf = new SparkConf(false);
        for (int i = 0; i < pairs.length; i += 2) {
            conf.set(pairs[i], pairs[i + 1]);
        }
        return conf;
    }

    @Test
    void speculationIsRefused() {
        assertEquals(Optional.empty(), SparkSettings.refusal(conf("spark.master", "local[2]")));
        assertEquals(Optional.empty(), SparkSettings.refusal(conf("spark.speculation", "false")));
        String line = SparkSettings.refusal(conf("spark.speculation", "true")).orElseThrow();
        assertTrue(line.startsWith("spark.speculation: expected false ("), line);
        assertTrue(line.endsWith("), found true"), line);
    }

    @Test
    void taskSlotsThatWouldWaitAreNoted() {
        assertEquals(Optional.empty(), SparkSettings.note(conf("spark.master", "local[2]", "spark.task.cpus", "2")));
        assertEquals(Optional.empty(), SparkSettings.note(conf("spark.master", "local[2,4]", "spark.task.cpus", "2")));
        assertEquals(Optional.empty(), SparkSettings.note(conf("spark.master", "spark://h:7077", "spark.executor.cores", "4",
                "spark.task.cpus", "4")));
        assertEquals(Optional.empty(), SparkSettings.note(conf("spark.master", "yarn")), "executor cores unknown: nothing to say");
        String local = SparkSettings.note(conf("spark.master", "local[4, 2]")).orElseThrow();
        assertTrue(local.startsWith("4 task slots per executor (4 cores, spark.task.cpus=1)"), local);
        assertTrue(local.contains("so 3 of them wait"), local);
        String cluster = SparkSettings.note(conf("spark.master", "yarn", "spark.executor.cores", "8", "spark.task.cpus", "4")).orElseThrow();
        assertTrue(cluster.startsWith("2 task slots per executor (8 cores, spark.task.cpus=4)"), cluster);
    }
}
