/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Point-cloud datasets, samples [N, 3] (x y z, static, normalised to the unit sphere): ModelNet10 and
 * ModelNet40 read from PointNet's HDF5 release (with jhdf, pure Java), PointNet++'s resampled text or
 * the original OFF meshes (sampled uniformly over the surface, deterministically per file and data
 * seed), and the generated {@code shapes3d}; training augmentation ({@link
 * dev.snn4j.data.points.PointAugmenter}) and a three-view preview ({@link
 * dev.snn4j.data.points.PointPreview}). Entry point: {@link dev.snn4j.data.points.PointDatasets}.
 */
package dev.snn4j.data.points;
