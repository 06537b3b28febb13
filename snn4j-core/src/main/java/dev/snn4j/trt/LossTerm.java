/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;

/**
 * One term of an objective's loss, as data: its name in metrics.json and reports (e.g.
 * {@code reversed_ce}), its weight in the total, and its unweighted value (a scalar). The loss
 * minimised is the sum of weight × value over the terms; a term of weight 0 is still computed and
 * reported, which is what ablations need.
 */
public record LossTerm(String name, double weight, NDArray value) {}
