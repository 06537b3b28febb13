/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Datasets, from files to host-side batches: static image sets in the MNIST (IDX) and CIFAR binary
 * formats here, event-camera datasets in {@link dev.snn4j.data.events}, image folders in
 * {@link dev.snn4j.data.imagefolder} and point clouds in {@link dev.snn4j.data.points}, all behind
 * {@link dev.snn4j.data.Datasets} and {@link dev.snn4j.data.SampleDataset}.
 *
 * <p>The path is: {@link dev.snn4j.data.MnistFormatDatasets} finds the files (search order in
 * its Javadoc), {@link dev.snn4j.data.IdxReader} reads and checks them into an
 * {@link dev.snn4j.data.ImageDataset} (one byte array for all pixels), and
 * {@link dev.snn4j.data.BatchLoader} shuffles, augments ({@link dev.snn4j.data.Augmentation}) and
 * normalises ({@link dev.snn4j.data.Normalization}) them into {@link dev.snn4j.data.HostBatch}es of
 * one float array each, on a background thread.
 *
 * <p>This package stands alone: it uses only the JDK and the root package's
 * {@link dev.snn4j.Snn4jException}, {@link dev.snn4j.CliEnum} and {@link dev.snn4j.AtomicFiles} (plus jhdf, a pure-Java HDF5 reader, in {@code data.points}), never
 * the engine (DJL) or other snn4j packages, so that data handling can be tested and reused
 * without native libraries; turning a {@code HostBatch} into a tensor is the caller's job.
 */
package dev.snn4j.data;
