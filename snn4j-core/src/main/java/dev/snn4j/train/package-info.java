/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Training: {@link dev.snn4j.train.SnnTraining}, the one training loop, for any spiking model and
 * any {@link dev.snn4j.data.SampleDataset} (in-memory arrays, DJL datasets through
 * {@link dev.snn4j.train.DjlSamples}, snn4j's readers), with or without TRT; {@link
 * dev.snn4j.train.Trainer}, its use from a {@link dev.snn4j.config.TrainConfig} (what the command line
 * runs); {@link dev.snn4j.train.SpikingTrainer}, DJL's {@code Trainer} with the fused spiking kernel.
 */
package dev.snn4j.train;
