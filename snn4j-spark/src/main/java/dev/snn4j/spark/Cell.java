/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.spark;

import java.io.Serializable;

/**
 * One grid cell as a Spark task sees it.
 *
 * @param index the run's position in the grid, from 0 (the task's partition)
 * @param group the run's configuration folder ({@code trt_alpha=0}, {@code default})
 * @param name the run's folder ({@code trt-seed1})
 * @param attempt the task's attempt, from 0 (Spark's {@code TaskContext.attemptNumber()})
 */
public record Cell(int index, String group, String name, int attempt) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code group/name}, the run folder below the experiment folder. */
    public String label() {
        return group + "/" + name;
    }
}
