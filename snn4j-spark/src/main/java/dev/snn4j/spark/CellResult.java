/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.spark;

import dev.snn4j.experiment.ExperimentRunner;
import java.io.Serializable;
import java.util.Locale;

/**
 * What one task did with its cell, sent back to the driver.
 *
 * @param cell the cell and the attempt that finished it
 * @param outcome trained, resumed (from the run's last checkpoint) or skipped (finished before)
 * @param epochsTrained epochs this attempt trained (a resumed run: only those after its checkpoint)
 * @param executor Spark's executor id and the host it ran on
 */
public record CellResult(Cell cell, ExperimentRunner.Outcome outcome, int epochsTrained, String executor) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line for the driver's log: {@code default/trt-seed1 resumed (attempt 1, 1 epoch trained, executor 2 on node7)}. */
    public String line() {
        return String.format(Locale.ROOT, "%s %s (attempt %d, %d epoch%s trained, executor %s)", cell.label(),
                outcome.name().toLowerCase(Locale.ROOT), cell.attempt(), epochsTrained, epochsTrained == 1 ? "" : "s", executor);
    }
}
