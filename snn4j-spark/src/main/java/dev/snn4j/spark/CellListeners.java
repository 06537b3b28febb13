/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.spark;

import dev.snn4j.run.EpochMetrics;
import dev.snn4j.train.TrainingListener;
import java.io.Serializable;
import java.util.Locale;

/**
 * Progress of each cell on its executor. Spark sends it to the executors with the task, so it
 * must be serializable (a lambda of this interface is).
 */
@FunctionalInterface
public interface CellListeners extends Serializable {

    /** A line per finished epoch on the executor's standard error, which Spark keeps in the executor's log. */
    CellListeners LOG = cell -> new TrainingListener() {
        @Override
        public void onEpochEnd(EpochMetrics m) {
            System.err.printf(Locale.ROOT, "snn4j [%s attempt %d] epoch %d: train loss %.4f, test accuracy %.2f%%%n",
                    cell.label(), cell.attempt(), m.epoch(), m.trainLoss(), 100 * m.testAccuracy());
        }
    };

    /** The listener for one attempt at one cell, created on the executor. */
    TrainingListener create(Cell cell);
}
