/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * SGD with momentum, Adam and AdamW with PyTorch's update rules, their learning-rate schedules,
 * and optimiser state that a checkpoint stores and a resumed run restores.
 */
package dev.snn4j.train.optim;
