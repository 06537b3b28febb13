/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Temporal Reversed Training as a training objective: {@link dev.snn4j.trt.TrtObjective} pushes a
 * batch and its time-reversed copy through a model's parts and forms the loss of
 * {@link dev.snn4j.trt.TrtLoss} (reversed-path cross-entropy, consistency KL, star operation);
 * {@link dev.snn4j.trt.BaselineObjective} is plain cross-entropy. Models never see this package:
 * a TRT-trained model is an ordinary SNN. {@link dev.snn4j.trt.ObjectiveBlock} lets DJL's
 * {@code Trainer} train with any objective.
 */
package dev.snn4j.trt;
