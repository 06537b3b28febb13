/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Spiking models in three parts, stem (input to the first spiking layer), body (to pooled spike
 * features [T, B, D]) and head (a classifier of the firing rates): {@link dev.snn4j.model.SpikingModel},
 * built from snn4j blocks with its builder or from a {@link dev.snn4j.model.ModelPreset}; what a
 * model is ({@link dev.snn4j.model.ModelSpec}) and costs ({@link dev.snn4j.model.ModelCost}); and
 * {@link dev.snn4j.model.ModelFactory}, through which other architectures reload by name.
 */
package dev.snn4j.model;
