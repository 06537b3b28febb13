/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import static dev.snn4j.InvalidSettingException.require;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.EventDataOptions;
import dev.snn4j.data.FrameOptions;
import dev.snn4j.data.FrameScale;
import dev.snn4j.data.FrameSplit;
import dev.snn4j.data.PixelNormalization;
import dev.snn4j.data.StaticDataOptions;
import java.util.Set;

/**
 * Which data a run uses and how it is prepared. Settings that the chosen dataset does not use
 * (frame settings for images, {@code points} for event data, ...) must keep their defaults: a value
 * that would be silently ignored is refused.
 *
 * @param dataset the dataset
 * @param data its folder, or {@code null} to search ({@code $SNN4J_DATA}, the Debian package, ...)
 * @param augment training augmentation: {@code auto}, {@code none} or a list such as {@code crop,flip}
 * @param trainLimit use the first N training samples; 0 = all
 * @param testLimit evaluate on the first N test samples; 0 = all
 * @param dataSeed seed of generated datasets and of the splits snn4j makes
 * @param frameSplit event frames: equal event counts or equal durations
 * @param frameSize event frames: N x N by summing; 0 = the dataset's default
 * @param frameClip event frames: clip counts at N; 0 = no clipping
 * @param frameScale event frames: counts, log1p or binary
 * @param imageSize image folders: N x N crops
 * @param points point clouds: points per cloud
 * @param skipBadFiles leave out unreadable files instead of stopping
 * @param decodeThreads image folders: decoding threads; 0 = one per core
 * @param normalize images: pixel normalisation
 */
public record DataSettings(
        DatasetId dataset,
        String data,
        String augment,
        int trainLimit,
        int testLimit,
        int dataSeed,
        FrameSplit frameSplit,
        int frameSize,
        int frameClip,
        FrameScale frameScale,
        int imageSize,
        int points,
        boolean skipBadFiles,
        int decodeThreads,
        PixelNormalization normalize) {

    /** Fashion-MNIST, searched for; automatic augmentation and normalisation; all samples. */
    public static final DataSettings DEFAULTS = new DataSettings(DatasetId.FASHION_MNIST, null, "auto", 0, 0, 0,
            FrameSplit.NUMBER, 0, 0, FrameScale.COUNT, Unused.IMAGE_SIZE, Unused.POINTS, false, 0, PixelNormalization.AUTO);

    /** The defaults that a dataset which does not use a setting must leave it at. */
    private static final class Unused {
        static final int IMAGE_SIZE = StaticDataOptions.DEFAULT.imageSize();
        static final int POINTS = StaticDataOptions.DEFAULT.points();
    }

    public DataSettings {
        require(dataset != null, "dataset", "a dataset name", "none");
        require(augment != null, "augment", "auto, none or a list such as crop,flip", "none");
        require(trainLimit >= 0, "train_limit", "an integer >= 0 (0 = all)", trainLimit);
        require(testLimit >= 0, "test_limit", "an integer >= 0 (0 = all)", testLimit);
        require(dataSeed >= 0, "data_seed", "an integer >= 0", dataSeed);
        require(frameSplit != null, "frame_split", "number or time", "none");
        require(frameScale != null, "frame_scale", "count, log1p or binary", "none");
        require(frameSize >= 0, "frame_size", "an integer >= 0 (0 = the dataset's default)", frameSize);
        require(frameClip >= 0 && frameClip <= FrameOptions.MAX_COUNT, "frame_clip",
                "an integer in 0.." + FrameOptions.MAX_COUNT + " (0 = no clipping)", frameClip);
        new StaticDataOptions(imageSize, points, skipBadFiles, decodeThreads, normalize);
        Augmentation.resolve(augment, dataset);
        unusedAtDefault(dataset, frameSplit, frameSize, frameClip, frameScale, imageSize, points, decodeThreads, normalize);
    }

    /** A value for a setting the dataset never reads would be ignored without a word: refused instead. */
    private static void unusedAtDefault(DatasetId id, FrameSplit frameSplit, int frameSize, int frameClip,
            FrameScale frameScale, int imageSize, int points, int decodeThreads, PixelNormalization normalize) {
        String kind = id.cliName() + " is not ";
        if (id.kind() != DatasetId.Kind.EVENTS) {
            String events = kind + "an event dataset";
            unused(frameSplit == FrameSplit.NUMBER, "frame_split", FrameSplit.NUMBER.cliName(), frameSplit.cliName(), events);
            unused(frameSize == 0, "frame_size", 0, frameSize, events);
            unused(frameClip == 0, "frame_clip", 0, frameClip, events);
            unused(frameScale == FrameScale.COUNT, "frame_scale", FrameScale.COUNT.cliName(), frameScale.cliName(), events);
        }
        if (id.kind() != DatasetId.Kind.POINTS) {
            unused(points == Unused.POINTS, "points", Unused.POINTS, points, kind + "a point-cloud dataset");
        }
        if (id != DatasetId.IMAGEFOLDER) {
            unused(imageSize == Unused.IMAGE_SIZE, "image_size", Unused.IMAGE_SIZE, imageSize, kind + "an image folder");
            unused(decodeThreads == 0, "decode_threads", 0, decodeThreads, kind + "an image folder");
        }
        if (id.kind() != DatasetId.Kind.IMAGES) {
            unused(normalize == PixelNormalization.AUTO, "normalize", PixelNormalization.AUTO.cliName(), normalize.cliName(),
                    kind + "an image dataset");
        }
    }

    private static void unused(boolean atDefault, String key, Object standard, Object found, String why) {
        require(atDefault, key, standard + ", the default (" + why + ", so it never uses " + key + ")", found);
    }

    /** The training augmentations, {@code auto} resolved for the dataset. */
    public Set<Augmentation> augmentations() {
        return Augmentation.resolve(augment, dataset);
    }

    /** How event datasets integrate events into frames. */
    public FrameOptions frameOptions() {
        return FrameOptions.DEFAULT.withSplit(frameSplit).withSize(frameSize, frameSize).withClip(frameClip)
                .withScale(frameScale, 1f);
    }

    /** Image size, points per cloud, bad-file policy, decoding threads and pixel normalisation of static datasets. */
    public StaticDataOptions staticDataOptions() {
        return new StaticDataOptions(imageSize, points, skipBadFiles, decodeThreads, normalize);
    }

    /** The data seed of generated datasets and of splits made by snn4j. */
    public EventDataOptions eventDataOptions() {
        EventDataOptions d = EventDataOptions.DEFAULT;
        return new EventDataOptions(dataSeed, d.generatedTrain(), d.generatedTest());
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder from {@link #DEFAULTS}. */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** Builds {@link DataSettings}; {@link #build()} checks them. */
    public static final class Builder {
        private DatasetId dataset;
        private String data;
        private String augment;
        private int trainLimit;
        private int testLimit;
        private int dataSeed;
        private FrameSplit frameSplit;
        private int frameSize;
        private int frameClip;
        private FrameScale frameScale;
        private int imageSize;
        private int points;
        private boolean skipBadFiles;
        private int decodeThreads;
        private PixelNormalization normalize;

        private Builder(DataSettings s) {
            dataset = s.dataset;
            data = s.data;
            augment = s.augment;
            trainLimit = s.trainLimit;
            testLimit = s.testLimit;
            dataSeed = s.dataSeed;
            frameSplit = s.frameSplit;
            frameSize = s.frameSize;
            frameClip = s.frameClip;
            frameScale = s.frameScale;
            imageSize = s.imageSize;
            points = s.points;
            skipBadFiles = s.skipBadFiles;
            decodeThreads = s.decodeThreads;
            normalize = s.normalize;
        }

        public Builder dataset(DatasetId value) { dataset = value; return this; }
        public Builder data(String value) { data = value; return this; }
        public Builder augment(String value) { augment = value; return this; }
        public Builder trainLimit(int value) { trainLimit = value; return this; }
        public Builder testLimit(int value) { testLimit = value; return this; }
        public Builder dataSeed(int value) { dataSeed = value; return this; }
        public Builder frameSplit(FrameSplit value) { frameSplit = value; return this; }
        public Builder frameSize(int value) { frameSize = value; return this; }
        public Builder frameClip(int value) { frameClip = value; return this; }
        public Builder frameScale(FrameScale value) { frameScale = value; return this; }
        public Builder imageSize(int value) { imageSize = value; return this; }
        public Builder points(int value) { points = value; return this; }
        public Builder skipBadFiles(boolean value) { skipBadFiles = value; return this; }
        public Builder decodeThreads(int value) { decodeThreads = value; return this; }
        public Builder normalize(PixelNormalization value) { normalize = value; return this; }

        public DataSettings build() {
            return new DataSettings(dataset, data, augment, trainLimit, testLimit, dataSeed, frameSplit, frameSize,
                    frameClip, frameScale, imageSize, points, skipBadFiles, decodeThreads, normalize);
        }
    }
}
