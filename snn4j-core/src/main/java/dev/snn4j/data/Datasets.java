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
 * <p>Each {@link DatasetId} names its loader: the MNIST-format image sets are read here, CIFAR by
 * {@link CifarDatasets}, the others by their sub-packages: event datasets by {@code
 * data.events.EventDatasets} (frames [T, 2, H, W]), image folders by {@code
 * data.imagefolder.ImageFolderDatasets} and point clouds by {@code data.points.PointDatasets} ([N, 3]).
 */
public final class Datasets {

    private Datasets() {}

    /** Both splits of the dataset the request names, by that dataset's loader ({@link DatasetId#loader()}). */
    public static DatasetSplits load(DatasetRequest request) {
        if (request.id().kind() == DatasetId.Kind.IMAGES) {
            for (Augmentation a : request.augment()) {
                if (!Augmentation.IMAGE_ALL.contains(a)) {
                    throw Problems.error("augment " + a.cliName() + ": expected crop, flip, cutout or none for "
                            + request.id().cliName() + " (translate, time_reverse, roll and shear apply to event datasets; rotate, scale"
                            + " and jitter to point clouds), found " + a.cliName());
                }
            }
        }
        return request.id().loader().load(request);
    }

    /** The IDX image sets (MNIST's format: Fashion-MNIST, MNIST). */
    static DatasetSplits mnistFormat(DatasetRequest request) {
        LoadedDataset loaded = MnistFormatDatasets.load(request.id(), request.dataDir(), request.env());
        Normalization norm = request.statics().normalize().of(request.id(), 1);
        return new DatasetSplits(
                new ImageSamples(loaded.train(), request.augment(), norm),
                new ImageSamples(loaded.test(), Set.of(), norm),
                loaded.source());
    }
}
