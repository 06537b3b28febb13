/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Classifying with a trained spiking model through DJL's {@code Predictor}: {@link
 * dev.snn4j.inference.Translators} for images, event frames and point clouds, prepared as the model
 * saw its training data, and {@link dev.snn4j.inference.TimeFirstBatchifier}, which batches temporal
 * samples [T, ...] into the [T, B, ...] spiking models take.
 */
package dev.snn4j.inference;
