/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * NIR (the Neuromorphic Intermediate Representation, neuroir.org) for snn4j models: export of a
 * trained {@link dev.snn4j.model.SpikingModel} to a NIR graph and import of a NIR graph as one.
 *
 * <p>{@link dev.snn4j.nir.NirGraph} and {@link dev.snn4j.nir.NirNode} hold a graph in memory
 * (plain Java arrays, no engine); {@link dev.snn4j.nir.NirFile} reads and writes NIR's HDF5
 * files (jhdf).
 */
package dev.snn4j.nir;
