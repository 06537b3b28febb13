/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Experiment grids on Apache Spark: {@link dev.snn4j.spark.SparkExperiment} is the application
 * ({@code spark-submit --class dev.snn4j.spark.SparkExperiment snn4j-spark.jar --config FILE --out DIR}).
 *
 * <p>The driver expands the experiment file as {@code snn4j experiment} does and runs the grid as
 * one Spark job with one task per cell ({@link dev.snn4j.spark.SparkGrid}); each task runs its cell
 * with the core's {@link dev.snn4j.experiment.ExperimentRunner} ({@link dev.snn4j.spark.CellTask}),
 * so a finished run is skipped, a retried task resumes from its run's last checkpoint, and a run is
 * written under its {@link dev.snn4j.run.RunLock}. At the end the driver writes the summary and the
 * report with {@link dev.snn4j.report.ExperimentSummary}, the step {@code snn4j experiment} ends
 * with. Spark is the cluster's ({@code provided}); nothing here is on the command line's classpath.
 */
package dev.snn4j.spark;
