/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.data.events.EventDatasets;
import dev.snn4j.data.imagefolder.ImageFolderDatasets;
import dev.snn4j.data.points.PointDatasets;
import java.util.Set;

/**
 * Loads any dataset snn4j knows, by its {@link DatasetId}.
 *
 * <p>The MNIST-format and CIFAR image sets are read here; the others are delegated to their
 * sub-packages: event datasets to {@link EventDatasets} ({@code data.events}, frames [T, 2, H, W]),
 * image folders to {@link ImageFolderDatasets} ({@code data.imagefolder}) and point clouds to
 * {@link PointDatasets} ({@code data.points}, [N, 3]). This is the only place this package refers to
 * its sub-packages.
 */
public final class Datasets {

    private Datasets() {}

    public static DatasetSplits load(DatasetRequest request) {
        switch (request.id().kind()) {
            case EVENTS:
                return EventDatasets.load(request);
            case POINTS:
                return PointDatasets.load(request);
            default:
                break;
        }
        for (Augmentation a : request.augment()) {
            if (!Augmentation.IMAGE_ALL.contains(a)) {
                throw Problems.error("--augment " + a.cliName() + ": expected crop, flip, cutout or none for "
                        + request.id().cliName() + " (translate and time_reverse apply to event datasets; rotate, scale"
                        + " and jitter to point clouds), found " + a.cliName());
            }
        }
        switch (request.id()) {
            case CIFAR10:
            case CIFAR100:
                return CifarDatasets.load(request);
            case IMAGEFOLDER:
                return ImageFolderDatasets.load(request);
            default:
                break;
        }
        LoadedDataset loaded = MnistFormatDatasets.load(request.id(), request.dataDir(), request.env());
        Normalization norm = request.statics().normalize().of(request.id(), 1);
        return new DatasetSplits(
                new ImageSamples(loaded.train(), request.augment(), norm),
                new ImageSamples(loaded.test(), Set.of(), norm),
                loaded.source());
    }
}
