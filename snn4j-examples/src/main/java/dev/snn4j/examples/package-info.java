/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * snn4j used as a library: a custom spiking CNN trained on in-memory data with and without TRT, a
 * preset on a built-in dataset, one LIF layer and its gradient, and save, load and predict.
 */
package dev.snn4j.examples;
