/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Event-camera (neuromorphic) data: from recordings to frames [T, 2, H, W].
 *
 * <p>The path is: {@link dev.snn4j.data.events.EventDatasets#catalog} finds a dataset's files in its
 * distributed layout (or generates nfmnist / shapes-dvs with {@link dev.snn4j.data.events.GeneratedDatasets}
 * into the cache), giving an {@link dev.snn4j.data.events.EventCatalog} of labelled
 * {@link dev.snn4j.data.events.EventSample}s and the split's record. A reader per format
 * ({@link dev.snn4j.data.events.Aedat2Reader}, {@link dev.snn4j.data.events.Aedat3Reader},
 * {@link dev.snn4j.data.events.AtisBinReader}, {@link dev.snn4j.data.events.NumpyEventReader}, chosen by
 * {@link dev.snn4j.data.events.EventFiles}) turns a file into {@link dev.snn4j.data.events.Events};
 * {@link dev.snn4j.data.events.FrameIntegrator} counts them into frames;
 * {@link dev.snn4j.data.events.FrameBuilder} keeps the counts in a checked cache file and
 * {@link dev.snn4j.data.events.EventFrameDataset} serves them as a {@link dev.snn4j.data.SampleDataset},
 * scaled and augmented. {@link dev.snn4j.data.events.EventDatasetInfo} and
 * {@link dev.snn4j.data.events.EventPreview} are for looking at the data.
 *
 * <p>Like its parent it stands alone: the JDK (javax.imageio for previews), {@code dev.snn4j.data} and
 * the root package's Snn4jException, CliEnum and AtomicFiles. The parent refers to this package in one
 * place only, {@link dev.snn4j.data.Datasets#load}.
 */
package dev.snn4j.data.events;
