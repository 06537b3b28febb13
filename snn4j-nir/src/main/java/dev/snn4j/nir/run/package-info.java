/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * An imported NIR model as an snn4j run folder ({@link dev.snn4j.nir.run.ImportedRun}), so that
 * evaluation, attacks, energy measurement and training take it like any trained run. The one part
 * of snn4j-nir that sees run folders and settings; {@code dev.snn4j.nir} itself sees models only.
 */
package dev.snn4j.nir.run;
