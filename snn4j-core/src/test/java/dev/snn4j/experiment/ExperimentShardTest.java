/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Json;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@code experiment --shard K/N}: the N slices of a grid cover it exactly once, whatever its size. */
class ExperimentShardTest {

    /** A real grid of {@code seeds} x 2 methods x {@code timesteps} settings. */
    private static List<ExperimentGrid.Run> grid(int seeds, int timesteps) throws Exception {
        String seedList = IntStream.range(0, seeds).mapToObj(String::valueOf).collect(Collectors.joining(","));
        String steps = IntStream.rangeClosed(1, timesteps).mapToObj(String::valueOf).collect(Collectors.joining(","));
        return ExperimentGrid.expand(Json.mapper().readTree(
                "{\"methods\": [\"baseline\", \"trt\"], \"seeds\": [" + seedList + "], \"timesteps\": [" + steps + "]}"), "grid.yaml");
    }

    @Property(tries = 200)
    void slicesCoverTheGridExactlyOnce(@ForAll @IntRange(min = 1, max = 12) int seeds, @ForAll @IntRange(min = 1, max = 3) int timesteps,
            @ForAll @IntRange(min = 1, max = 40) int n) throws Exception {
        List<ExperimentGrid.Run> runs = grid(seeds, timesteps);
        Map<ExperimentGrid.Run, Integer> times = new IdentityHashMap<>();
        List<Integer> sizes = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            List<ExperimentGrid.Run> slice = ExperimentGrid.shard(runs, k, n);
            sizes.add(slice.size());
            int last = -1;
            for (ExperimentGrid.Run run : slice) {
                times.merge(run, 1, Integer::sum);
                int position = runs.indexOf(run);
                assertTrue(position > last, "a slice keeps the grid's order");
                last = position;
            }
        }
        assertEquals(runs.size(), times.size(), "every run is in a slice");
        assertTrue(times.values().stream().allMatch(t -> t == 1), "no run is in two slices");
        int max = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int min = sizes.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertTrue(max - min <= 1, "balanced: " + sizes);
    }

    /** Every process that expands the same file computes the same slice: the shards agree without talking. */
    @Property(tries = 50)
    void slicesAreTheSameInEveryProcess(@ForAll @IntRange(min = 1, max = 12) int seeds, @ForAll @IntRange(min = 1, max = 9) int n,
            @ForAll @IntRange(min = 1, max = 9) int k) throws Exception {
        if (k > n) {
            return;
        }
        List<String> once = names(ExperimentGrid.shard(grid(seeds, 2), k, n));
        List<String> again = names(ExperimentGrid.shard(grid(seeds, 2), k, n));
        assertEquals(once, again);
    }

    @Property(tries = 50)
    void outOfRangeSlicesAreRefused(@ForAll @IntRange(min = -3, max = 6) int k, @ForAll @IntRange(min = -3, max = 6) int n) throws Exception {
        List<ExperimentGrid.Run> runs = grid(2, 1);
        if (n >= 1 && k >= 1 && k <= n) {
            ExperimentGrid.shard(runs, k, n);
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExperimentGrid.shard(runs, k, n));
            assertEquals("expected 1 <= k <= n, found k=" + k + ", n=" + n, e.getMessage());
        }
    }

    private static List<String> names(List<ExperimentGrid.Run> runs) {
        return runs.stream().map(r -> r.group() + "/" + r.name()).toList();
    }
}
