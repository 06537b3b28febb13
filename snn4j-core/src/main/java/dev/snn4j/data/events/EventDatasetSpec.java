/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.DatasetId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Per-dataset facts of the event datasets: sensor, default frame size, which augmentations would
 * change labels and are therefore refused, the layout of its files and how its samples are listed.
 * A new event dataset is a constant here and one in {@link DatasetId} (and a reader, for a new
 * file format).
 *
 * <p>Default frame sizes: CIFAR10-DVS and N-Caltech101 48x48 (as most SNN papers, TRT's included,
 * train them), DVS Gesture 64x64 (half the sensor: 128x128 costs four times as much for little gain on
 * 2 cores), the 34x34 and 32x32 sets at full size.
 */
public enum EventDatasetSpec {
    CIFAR10_DVS(DatasetId.CIFAR10_DVS, SensorSize.DVS128, 48, 48, EnumSet.noneOf(Augmentation.class), "",
            "one folder per class (airplane, automobile, ...) of .aedat files (or SpikingJelly's .npz)",
            EventCatalogs.classFolders(null)),
    DVS_GESTURE(DatasetId.DVS_GESTURE, SensorSize.DVS128, 64, 64, EnumSet.of(Augmentation.FLIP, Augmentation.TIME_REVERSE),
            "mirroring swaps left- and right-arm gestures and time reversal swaps clockwise and counter-clockwise ones",
            "trials_to_train.txt, trials_to_test.txt, userXX_<lighting>.aedat and _labels.csv files", EventCatalogs::gestures),
    N_MNIST(DatasetId.N_MNIST, SensorSize.N_MNIST, 34, 34, EnumSet.noneOf(Augmentation.class), "",
            "Train/ and Test/, each with folders 0..9 of .bin files", EventCatalogs::splitFolders),
    N_CALTECH101(DatasetId.N_CALTECH101, SensorSize.N_CALTECH101, 48, 48, EnumSet.noneOf(Augmentation.class), "",
            "Caltech101/ with one folder per class of .bin files", EventCatalogs.classFolders("Caltech101")),
    NFMNIST(DatasetId.NFMNIST, SensorSize.N_MNIST, 34, 34, EnumSet.noneOf(Augmentation.class), "", "its files",
            EventCatalogs::generated),
    SHAPES_DVS(DatasetId.SHAPES_DVS, new SensorSize(32, 32), 32, 32, EnumSet.of(Augmentation.FLIP, Augmentation.TIME_REVERSE),
            "mirroring swaps right/left and clockwise/anticlockwise classes and time reversal swaps each class with its"
                    + " reversed partner", "its files", EventCatalogs::generated);

    private final DatasetId id;
    private final SensorSize sensor;
    private final int defaultHeight;
    private final int defaultWidth;
    private final Set<Augmentation> refused;
    private final String reason;
    private final String layout;
    private final EventCatalogs.Catalog catalog;

    EventDatasetSpec(DatasetId id, SensorSize sensor, int defaultHeight, int defaultWidth, Set<Augmentation> refused,
            String reason, String layout, EventCatalogs.Catalog catalog) {
        this.id = id;
        this.sensor = sensor;
        this.defaultHeight = defaultHeight;
        this.defaultWidth = defaultWidth;
        this.refused = refused;
        this.reason = reason;
        this.layout = layout;
        this.catalog = catalog;
    }

    /** The layout a dataset's folder must have, for error messages. */
    public String layout() {
        return layout;
    }

    /** How the dataset's samples are listed from its files (or generated). */
    EventCatalogs.Catalog catalog() {
        return catalog;
    }

    /** The spec of an event dataset; throws for the static image sets. */
    public static EventDatasetSpec of(DatasetId id) {
        for (EventDatasetSpec s : values()) {
            if (s.id == id) {
                return s;
            }
        }
        throw new IllegalArgumentException(id.cliName() + " is not an event dataset");
    }

    public DatasetId id() {
        return id;
    }

    public SensorSize sensor() {
        return sensor;
    }

    public int defaultHeight() {
        return defaultHeight;
    }

    public int defaultWidth() {
        return defaultWidth;
    }

    /** Augmentations that would change this dataset's labels. */
    public Set<Augmentation> refusedAugmentations() {
        return Set.copyOf(refused);
    }

    /** Refuses label-changing augmentations with a one-line error that says why. */
    public void checkAugmentations(Set<Augmentation> augment) {
        for (Augmentation a : augment) {
            if (!Augmentation.EVENTS_ALL.contains(a)) {
                throw Corrupt.message("augment " + a.cliName() + ": expected crop, flip, translate, time_reverse, roll, rotate, "
                        + "cutout, shear or none for " + id.cliName() + " (scale and jitter apply to point clouds), found "
                        + a.cliName());
            }
            if (refused.contains(a)) {
                throw Corrupt.message("augment " + a.cliName() + ": expected augmentations that keep " + id.cliName()
                        + "'s labels, found " + a.cliName() + " (" + reason + ")");
            }
        }
    }
}
