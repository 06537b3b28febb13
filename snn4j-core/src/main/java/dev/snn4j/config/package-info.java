/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The settings of a training run: {@link dev.snn4j.config.TrainConfig} and its six groups (data,
 * model, neuron, optimiser, TRT, run), one flat set of keys for flags, config files and saved runs;
 * reading settings files ({@link dev.snn4j.config.ConfigFiles}); the data a config asks for
 * ({@link dev.snn4j.config.PreparedData}).
 */
package dev.snn4j.config;
