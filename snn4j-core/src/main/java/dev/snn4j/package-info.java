/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Things every snn4j package shares: {@link dev.snn4j.Snn4jException} (one line naming the file,
 * key or value at fault, what was expected and what was found), {@link dev.snn4j.InvalidSettingException},
 * the one JSON mapping ({@link dev.snn4j.Json}), atomic file writes ({@link dev.snn4j.AtomicFiles}),
 * provenance of runs, and {@link dev.snn4j.Scalars}, the safe way to do arithmetic with constants
 * on arrays that autograd keeps.
 */
package dev.snn4j;
