/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Blocks spiking models are made of, time first ([T, B, ...]): {@link dev.snn4j.layer.Stem} (direct
 * or temporal encoding), {@link dev.snn4j.layer.SpikingSequential} (a body of named stages),
 * {@link dev.snn4j.layer.TimeDistributed} (stateless layers on all steps at once), conv + batch norm
 * ({@link dev.snn4j.layer.ConvBn}), pooling, residual blocks, and the synaptic layers whose
 * operations the metrics count.
 */
package dev.snn4j.layer;
