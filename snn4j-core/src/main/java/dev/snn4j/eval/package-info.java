/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Measuring a trained model on the plain inference path: test accuracy with firing rates and
 * energy ({@link dev.snn4j.eval.Evaluation}), accuracy on time-reversed samples
 * ({@link dev.snn4j.eval.ReversedEvaluation}) and under white-box attacks
 * ({@link dev.snn4j.eval.AdversarialAttack}). No training objective is involved.
 */
package dev.snn4j.eval;
