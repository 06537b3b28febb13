/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Grids of runs from one file: {@link dev.snn4j.experiment.ExperimentGrid} expands methods, seeds
 * and swept settings into runs, {@link dev.snn4j.experiment.ExperimentRunner} trains them, skipping
 * finished runs and resuming killed ones.
 */
package dev.snn4j.experiment;
