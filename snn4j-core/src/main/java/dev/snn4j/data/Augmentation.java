/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.CliEnum;
import dev.snn4j.Snn4jException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Random training-time augmentations, as chosen with {@code --augment}.
 *
 * <p>CROP and FLIP are the two standard ones for 28x28 and 32x32 image sets (as in torchvision's
 * {@code RandomCrop(28, padding=4)} and {@code RandomHorizontalFlip()}): cheap, label-preserving
 * and enough to reduce overfitting on Fashion-MNIST. For ImageNet-style folders ({@code imagefolder})
 * CROP means torchvision's {@code RandomResizedCrop}. CUTOUT (DeVries and Taylor 2017) applies to all
 * static images. Event frames [T, 2, H, W] take CROP and FLIP too (the same for all T frames of a
 * sample), plus TRANSLATE and TIME_REVERSE, and NDA's transforms (Li et al., 2022): ROLL,
 * ROTATE, CUTOUT and SHEAR ({@code nda} names them all with FLIP). Point clouds [N, 3] take ROTATE, SCALE, TRANSLATE and
 * JITTER. They are applied only by {@link BatchLoader#training}, never at evaluation. A dataset
 * refuses an augmentation that does not apply to it, or that would change its labels (mirroring
 * turns a left-arm gesture into a right-arm one).
 */
public enum Augmentation implements CliEnum {
    /** Zero-pad {@link ImageTransform#CROP_PADDING} pixels on each side, take a random H x W window. */
    CROP,
    /** Mirror left-right with probability 0.5. */
    FLIP,
    /**
     * Event frames: shift all T frames by a random whole number of pixels, up to 1/8 of the frame
     * size in each direction, filling with zeros. Point clouds: add one random offset per axis,
     * uniform in [-0.1, 0.1], to every point.
     */
    TRANSLATE,
    /**
     * Event frames only, off unless asked for: with probability 0.5, play the sample backwards in
     * time (frame order reversed AND ON/OFF swapped, which is what a camera would record of the
     * reversed scene). This is plain data augmentation, NOT TRT: TRT reverses inside the training
     * objective and adds its consistency and star-operation losses; this only shows the network
     * reversed samples under their original label.
     */
    TIME_REVERSE,
    /**
     * Static images, off unless asked for: after normalisation, zero one square whose side is half
     * the image's shorter side (16 for 32x32, DeVries and Taylor's CIFAR-10 setting), centred on a
     * uniformly random pixel; the parts outside the image are cut off. Event frames (NDA): with
     * probability 0.5 zero a square of side max(1, size/4) at a uniform centre, in all T frames.
     */
    CUTOUT,
    /**
     * Point clouds: rotate by a uniformly random angle about the up axis (y). Event frames (NDA): with
     * probability 0.5 rotate all T frames by an angle uniform in ±15° about the centre.
     */
    ROTATE,
    /** Point clouds: multiply each axis by its own random factor, uniform in [0.8, 1.25]. */
    SCALE,
    /**
     * Point clouds: add Gaussian noise to every coordinate of every point, sigma 0.01, clipped to
     * [-0.05, 0.05].
     */
    JITTER,
    /**
     * Event frames (NDA): with probability 0.5 shift all T frames cyclically (pixels leaving one edge
     * enter at the other) by up to ±max(1, size/8) pixels per axis.
     */
    ROLL,
    /** Event frames (NDA): with probability 0.5 shear all T frames, x' = x + s·y about the centre, s uniform in ±0.3. */
    SHEAR;

    /**
     * Neuromorphic data augmentation (Li et al., 2022) for event frames: flip, roll, rotate, cutout and
     * shear, each drawn per sample and applied alike to every frame ({@code --augment nda}).
     */
    public static final Set<Augmentation> NDA = Collections.unmodifiableSet(EnumSet.of(FLIP, CUTOUT, ROTATE, ROLL, SHEAR));

    /** The augmentations {@code auto} picks for the static image sets (crop and flip). */
    public static final Set<Augmentation> IMAGE = Collections.unmodifiableSet(EnumSet.of(CROP, FLIP));

    /** Every augmentation a static image set accepts. */
    public static final Set<Augmentation> IMAGE_ALL = Collections.unmodifiableSet(EnumSet.of(CROP, FLIP, CUTOUT));

    /** Every augmentation an event dataset may accept (some refuse some of these). */
    public static final Set<Augmentation> EVENTS_ALL =
            Collections.unmodifiableSet(EnumSet.of(CROP, FLIP, TRANSLATE, TIME_REVERSE, CUTOUT, ROTATE, ROLL, SHEAR));

    /** Every augmentation a point-cloud dataset accepts. */
    public static final Set<Augmentation> POINTS_ALL =
            Collections.unmodifiableSet(EnumSet.of(ROTATE, SCALE, TRANSLATE, JITTER));

    /** The spelling used on the command line: {@code crop}, {@code flip}. */
    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    /**
     * The augmentations {@code --augment auto} (the default) picks for a dataset: crop and flip for
     * static images (CIFAR and image folders included; cutout only when asked for); for event frames
     * translate, plus flip where mirroring keeps the label; for ModelNet, whose shapes are aligned
     * upright and facing one way, scale, translate and jitter (no rotation, as in PointNet++'s
     * ModelNet40 recipe); for shapes3d, whose shapes come in random poses anyway, rotation too.
     */
    public static Set<Augmentation> defaultsFor(DatasetId id) {
        return id.autoAugmentations();
    }

    /** {@link #parse}, with {@code auto} resolved for the dataset. */
    public static Set<Augmentation> resolve(String text, DatasetId id) {
        if (text != null && text.trim().equalsIgnoreCase("auto")) {
            return defaultsFor(id);
        }
        return parse(text);
    }

    /**
     * Parses an {@code --augment} value: a comma-separated list of {@code crop}, {@code flip},
     * {@code translate}, {@code time_reverse}, {@code cutout}, {@code rotate}, {@code scale} and
     * {@code jitter}, or {@code none}. Case and blanks around items are
     * ignored.
     *
     * @return an immutable set, empty for {@code none}
     * @throws Snn4jException naming {@code --augment} and the valid values
     */
    public static Set<Augmentation> parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("auto")) {
            return Collections.unmodifiableSet(EnumSet.noneOf(Augmentation.class)); // resolved per dataset by resolve()
        }
        if (value.equals("none")) {
            return Collections.unmodifiableSet(EnumSet.noneOf(Augmentation.class));
        }
        EnumSet<Augmentation> result = EnumSet.noneOf(Augmentation.class);
        for (String item : value.split(",", -1)) {
            if (item.trim().equals("nda")) {
                result.addAll(NDA);
            } else {
                result.add(parseItem(item.trim(), text));
            }
        }
        return Collections.unmodifiableSet(result);
    }

    private static Augmentation parseItem(String item, String whole) {
        for (Augmentation a : values()) {
            if (a.cliName().equals(item)) {
                return a;
            }
        }
        throw Problems.error("augment: expected a comma-separated list of " + CliEnum.names(Augmentation.class)
                + ", nda (event frames: " + NDA.stream().map(Augmentation::cliName).collect(java.util.stream.Collectors.joining(","))
                + "), or none, or auto, found '" + (whole == null ? "" : whole) + "'");
    }
}
