/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Run folders, the contract between training, evaluation, reports and experiments (config.json,
 * metrics.json, parameters, checkpoints), and saved models ({@link dev.snn4j.run.SavedModel}) that
 * reload, preset or not, for evaluation and for DJL predictors.
 */
package dev.snn4j.run;
