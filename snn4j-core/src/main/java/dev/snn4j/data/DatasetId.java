/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.CliEnum;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.events.EventDatasets;
import dev.snn4j.data.imagefolder.ImageFolderDatasets;
import dev.snn4j.data.points.PointDatasets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The data sets snn4j knows by name, as given to {@code --dataset}.
 *
 * <p>Each constant carries its definition: what its samples are, its class names, the pixel
 * normalisation of its training set (images), the augmentations {@code auto} picks and the loader
 * that reads it. A new dataset is a constant here and, for a new format, its reader; event datasets
 * add their camera facts and file layout in {@code data.events.EventDatasetSpec}. As a {@link
 * CliEnum} it is written by its {@link #cliName()} in config files and run folders too.
 */
public enum DatasetId implements CliEnum {
    /** Zalando's Fashion-MNIST: 28x28 grey images of 10 clothing classes. */
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", Kind.IMAGES, ClassNames.FASHION, pixels(0.2860f, 0.3530f),
            Augmentation.IMAGE, Datasets::mnistFormat),
    /** LeCun's handwritten digits: 28x28 grey images of the digits 0 to 9. */
    MNIST("mnist", "MNIST", Kind.IMAGES, ClassNames.DIGITS, pixels(0.1307f, 0.3081f), Augmentation.IMAGE,
            Datasets::mnistFormat),
    /**
     * CIFAR10-DVS (Li et al. 2017): CIFAR-10 images moving on a screen, recorded by a 128x128 DVS,
     * 1,000 AEDAT 2.0 recordings per class, no official split.
     */
    CIFAR10_DVS("cifar10-dvs", "CIFAR10-DVS", Kind.EVENTS, ClassNames.CIFAR10, null,
            EnumSet.of(Augmentation.FLIP, Augmentation.TRANSLATE), EventDatasets::load),
    /** IBM's DVS128 Gesture (Amir et al. 2017): 11 gestures of 29 people, AEDAT 3.1 with label CSVs. */
    DVS_GESTURE("dvs-gesture", "DVS128 Gesture", Kind.EVENTS, ClassNames.DVS_GESTURE, null,
            EnumSet.of(Augmentation.TRANSLATE), EventDatasets::load),
    /** N-MNIST (Orchard et al. 2015): MNIST seen by a moving 34x34 ATIS sensor, 3 saccades. */
    N_MNIST("n-mnist", "N-MNIST", Kind.EVENTS, ClassNames.DIGITS, null, EnumSet.of(Augmentation.TRANSLATE),
            EventDatasets::load),
    /**
     * N-Caltech101 (Orchard et al. 2015): Caltech101 seen by a moving ATIS sensor; 100 object classes
     * (the "Faces" duplicate of "Faces_easy" removed) plus the background class, named by their folders.
     */
    N_CALTECH101("n-caltech101", "N-Caltech101", Kind.EVENTS, ClassNames.N_CALTECH101, null,
            EnumSet.of(Augmentation.FLIP, Augmentation.TRANSLATE), EventDatasets::load),
    /**
     * Generated (no download): Fashion-MNIST seen by a simulated 34x34 event camera during three
     * saccades, made the way N-MNIST was recorded.
     */
    NFMNIST("nfmnist", "N-Fashion-MNIST (generated)", Kind.EVENTS, ClassNames.FASHION, null,
            EnumSet.of(Augmentation.FLIP, Augmentation.TRANSLATE), EventDatasets::load),
    /**
     * Generated (no download): shapes moving, rotating, growing or shrinking in front of a simulated
     * 32x32 event camera; includes classes that are each other played backwards.
     */
    SHAPES_DVS("shapes-dvs", "Shapes-DVS (generated)", Kind.EVENTS, ClassNames.SHAPES_DVS, null,
            EnumSet.of(Augmentation.TRANSLATE), EventDatasets::load),
    /**
     * Krizhevsky's CIFAR-10, binary version: 32x32 colour images of 10 classes, 50,000 for training
     * and 10,000 for testing.
     */
    CIFAR10("cifar10", "CIFAR-10", Kind.IMAGES, ClassNames.CIFAR10,
            pixels(new float[] {0.4914f, 0.4822f, 0.4465f}, new float[] {0.2470f, 0.2435f, 0.2616f}),
            Augmentation.IMAGE, CifarDatasets::load),
    /** Krizhevsky's CIFAR-100, binary version: 32x32 colour images, 100 fine classes (used as labels). */
    CIFAR100("cifar100", "CIFAR-100", Kind.IMAGES, ClassNames.CIFAR100,
            pixels(new float[] {0.5071f, 0.4865f, 0.4409f}, new float[] {0.2673f, 0.2564f, 0.2762f}),
            Augmentation.IMAGE, CifarDatasets::load),
    /**
     * Any folder of JPEG/PNG images in the ImageNet layout, {@code train/<class>/*} and
     * {@code val/<class>/*}; its classes are the folder names, so {@link #classNames()} is empty.
     * Normalised with ImageNet's constants, as torchvision's examples do.
     */
    IMAGEFOLDER("imagefolder", "image folder", Kind.IMAGES, List.of(), Normalization.IMAGENET, Augmentation.IMAGE,
            ImageFolderDatasets::load),
    /**
     * Princeton ModelNet10: CAD models of 10 object classes, as point clouds [N, 3]. Aligned upright
     * and facing one way, so {@code auto} does not rotate (PointNet++'s ModelNet40 recipe).
     */
    MODELNET10("modelnet10", "ModelNet10", Kind.POINTS, ClassNames.MODELNET10, null,
            EnumSet.of(Augmentation.SCALE, Augmentation.TRANSLATE, Augmentation.JITTER), PointDatasets::load),
    /** Princeton ModelNet40: CAD models of 40 object classes, as point clouds [N, 3]. */
    MODELNET40("modelnet40", "ModelNet40", Kind.POINTS, ClassNames.MODELNET40, null,
            EnumSet.of(Augmentation.SCALE, Augmentation.TRANSLATE, Augmentation.JITTER), PointDatasets::load),
    /**
     * Generated (no download): point clouds [N, 3] of ten solids and curves in random poses, sizes
     * and proportions, with noise and missing parts (so {@code auto} rotates them too).
     */
    SHAPES3D("shapes3d", "Shapes3D (generated)", Kind.POINTS, ClassNames.SHAPES3D, null,
            EnumSet.of(Augmentation.ROTATE, Augmentation.SCALE, Augmentation.TRANSLATE, Augmentation.JITTER),
            PointDatasets::load);

    /** What a dataset's samples are. */
    public enum Kind {
        /** Static images [C, H, W]. */
        IMAGES,
        /** Event-camera recordings, integrated into frames [T, 2, H, W]. */
        EVENTS,
        /** Static point clouds [N, 3]: x, y, z. */
        POINTS
    }

    /** Reads a dataset: both splits, prepared as the request asks. */
    @FunctionalInterface
    public interface Loader {
        DatasetSplits load(DatasetRequest request);
    }

    private final String cliName;
    private final String displayName;
    private final Kind kind;
    private final List<String> classNames;
    private final Normalization pixels;
    private final Set<Augmentation> autoAugment;
    private final Loader loader;

    DatasetId(String cliName, String displayName, Kind kind, List<String> classNames, Normalization pixels,
            Set<Augmentation> autoAugment, Loader loader) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.kind = kind;
        this.classNames = classNames;
        this.pixels = pixels;
        this.autoAugment = Collections.unmodifiableSet(EnumSet.copyOf(autoAugment));
        this.loader = loader;
    }

    private static Normalization pixels(float mean, float std) {
        return new Normalization(new float[] {mean}, new float[] {std});
    }

    private static Normalization pixels(float[] mean, float[] std) {
        return new Normalization(mean, std);
    }

    /** The per-channel mean and std of the training set's pixels in [0, 1]; empty for data that are not images. */
    public Optional<Normalization> pixelNormalization() {
        return Optional.ofNullable(pixels);
    }

    /** The augmentations {@code augment: auto} picks for this dataset. */
    public Set<Augmentation> autoAugmentations() {
        return autoAugment;
    }

    /** The dataset's reader. */
    public Loader loader() {
        return loader;
    }

    /** The name used on the command line and as the folder name under {@code $SNN4J_DATA}. */
    @Override
    public String cliName() {
        return cliName;
    }

    /** The usual spelling for people, e.g. "Fashion-MNIST". */
    public String displayName() {
        return displayName;
    }

    /**
     * Whether samples carry their own time axis (event-camera data, integrated into frames
     * [T, 2, H, W]). The static image sets return false: the model must encode their pixels into
     * spikes over time steps itself.
     */
    public boolean isTemporal() {
        return kind == Kind.EVENTS;
    }

    /** What the samples are: images, event frames or point clouds. */
    public Kind kind() {
        return kind;
    }

    /** Whether samples are point clouds [N, 3]. */
    public boolean isPointCloud() {
        return kind == Kind.POINTS;
    }

    /**
     * Human-readable class names, indexed by label; immutable. Empty for {@link #IMAGEFOLDER}, whose
     * classes are its folders: ask the loaded {@link SampleDataset} instead.
     */
    public List<String> classNames() {
        return classNames;
    }

    /** Number of classes, i.e. {@code classNames().size()}. */
    public int numClasses() {
        return classNames.size();
    }

    /**
     * Parses a {@code --dataset} value (case-insensitive, surrounding blanks ignored).
     *
     * @throws Snn4jException naming {@code --dataset} and the valid names when nothing matches
     */
    public static DatasetId parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (DatasetId id : values()) {
            if (id.cliName.equals(wanted)) {
                return id;
            }
        }
        throw Problems.error("dataset: expected one of " + validNames()
                + ", found '" + (text == null ? "" : text) + "'");
    }

    /** The valid {@code --dataset} values, comma-separated, for help texts and errors. */
    public static String validNames() {
        return Arrays.stream(values()).map(DatasetId::cliName).collect(Collectors.joining(", "));
    }
}
