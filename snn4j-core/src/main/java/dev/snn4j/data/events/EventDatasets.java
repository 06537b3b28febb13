/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.FrameOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event datasets, from a {@link DatasetRequest} to frame datasets [T, 2, H, W]: locate or
 * generate the files ({@link #catalog}), integrate them into frames through the cache, and say in
 * {@link DatasetSplits#details()} everything a run needs to record.
 */
public final class EventDatasets {

    private EventDatasets() {}

    /** Train and test frame datasets; training samples augmented as the request asks. */
    public static DatasetSplits load(DatasetRequest r) {
        EventDatasetSpec spec = EventDatasetSpec.of(r.id());
        spec.checkAugmentations(r.augment());
        EventCatalog catalog = catalog(r);
        List<String> warnings = new ArrayList<>();
        if (r.statics().skipBadFiles()) {
            catalog = withoutBadFiles(catalog, warnings);
        }
        int[] size = frameSize(spec, r.frames(), catalog.sensor());
        Path dir = CacheDirs.frames(r.env());
        FrameBuilder.Built train = FrameBuilder.build(catalog, true, r.timesteps(), size[0], size[1], r.frames(),
                r.augment(), dir);
        FrameBuilder.Built test = FrameBuilder.build(catalog, false, r.timesteps(), size[0], size[1], r.frames(),
                Set.of(), dir);
        Map<String, String> details = new LinkedHashMap<>(catalog.details());
        FrameOptions f = r.frames();
        details.put("frames", "T=" + r.timesteps() + " split=" + f.split().cliName() + " size=" + size[0] + "x" + size[1]
                + " clip=" + f.clip() + " scale=" + f.scale().cliName() + " divisor=" + f.divisor());
        details.put("sensor", catalog.sensor().toString());
        details.put("frames_train_cache", train.cacheFile().toString());
        details.put("frames_train_cache_status", train.status());
        details.put("frames_test_cache", test.cacheFile().toString());
        details.put("frames_test_cache_status", test.status());
        if (r.statics().skipBadFiles()) {
            details.put("skipped_bad_files", Integer.toString(warnings.size()));
        }
        return new DatasetSplits(train.dataset(), test.dataset(), catalog.source(), details, Map.of(), warnings);
    }

    /**
     * The catalog without the files that cannot be read (skip_bad_files): each file is read once
     * before the frames are built, and every one left out is named in {@code warnings}.
     */
    static EventCatalog withoutBadFiles(EventCatalog catalog, List<String> warnings) {
        SampleReader reader = new SampleReader(catalog);
        List<List<EventSample>> kept = new ArrayList<>();
        for (List<EventSample> split : List.of(catalog.train(), catalog.test())) {
            List<EventSample> good = new ArrayList<>();
            for (EventSample sample : split) {
                try {
                    reader.read(sample);
                    good.add(sample);
                } catch (dev.snn4j.Snn4jException e) {
                    warnings.add("skipped: " + e.getMessage());
                }
            }
            if (good.isEmpty()) {
                throw Corrupt.message(catalog.source() + ": expected readable event files, found none of " + split.size()
                        + " in a split (" + warnings.size() + " bad file(s) skipped)");
            }
            kept.add(good);
        }
        return new EventCatalog(catalog.id(), catalog.sensor(), catalog.dvs128(), kept.get(0), kept.get(1), catalog.classNames(),
                catalog.source(), catalog.details());
    }

    /**
     * The shape [T, 2, H, W] of the frames {@link #load} would build, known before any file is read
     * (the frame size the options ask for, or the dataset's default), so that what they cost can be
     * checked before they are built.
     */
    public static long[] frameShape(DatasetRequest r) {
        int[] size = requestedSize(EventDatasetSpec.of(r.id()), r.frames());
        return new long[] {r.timesteps(), 2, size[0], size[1]};
    }

    /** The frame size [H, W] the options ask for: theirs, or the dataset's default. */
    private static int[] requestedSize(EventDatasetSpec spec, FrameOptions options) {
        return options.defaultSize() ? new int[] {spec.defaultHeight(), spec.defaultWidth()}
                : new int[] {options.height(), options.width()};
    }

    /** The output frame size [H, W] for these options: theirs, or the dataset's default. */
    public static int[] frameSize(EventDatasetSpec spec, FrameOptions options, SensorSize sensor) {
        int[] size = requestedSize(spec, options);
        int h = size[0];
        int w = size[1];
        if (h > sensor.height() || w > sensor.width()) {
            throw Corrupt.message("frame size: expected at most the " + sensor.height() + "x" + sensor.width()
                    + " (rows x columns) of " + spec.id().cliName() + "'s sensor, found " + h + "x" + w);
        }
        return size;
    }

    /** The samples of an event dataset, generating it first when it is a built-in one (its spec's catalog). */
    public static EventCatalog catalog(DatasetRequest r) {
        EventDatasetSpec spec = EventDatasetSpec.of(r.id());
        return spec.catalog().list(r, spec);
    }

    /**
     * Facts about the dataset (sizes, classes, sensor, events and durations per sample), reading every
     * sample once, or only the first {@code limit} of each part when it is above 0.
     */
    public static EventDatasetInfo info(DatasetRequest r, int limit) {
        return EventDatasetInfo.compute(catalog(r), limit);
    }

    /**
     * The counts of one sample, integrated as {@link #load} would (T, split, size, clip from the
     * request), straight from its event file: for previews ({@link EventPreview}).
     *
     * @throws dev.snn4j.Snn4jException when {@code index} is not a sample of that part
     */
    public static FrameCounts preview(DatasetRequest r, boolean training, int index) {
        EventCatalog catalog = catalog(r);
        List<EventSample> samples = catalog.samples(training);
        if (index < 0 || index >= samples.size()) {
            throw Corrupt.message("index: expected a sample of the " + (training ? "training" : "test") + " set, 0.."
                    + (samples.size() - 1) + ", found " + index);
        }
        int[] size = frameSize(EventDatasetSpec.of(r.id()), r.frames(), catalog.sensor());
        FrameIntegrator integrator = FrameIntegrator.of(catalog.sensor(), r.timesteps(), size[0], size[1], r.frames());
        return FrameCounts.of(integrator, new SampleReader(catalog).read(samples.get(index)));
    }

    /**
     * For evaluations on time-reversed input: {@code map[label]} is the class a sample of {@code label}
     * becomes when played backwards (see {@link ShapesDvsClass}); empty for datasets without such a
     * mapping.
     */
    public static Optional<int[]> timeReversedClasses(DatasetId id) {
        return id == DatasetId.SHAPES_DVS ? Optional.of(ShapesDvsClass.reversalMap()) : Optional.empty();
    }
}
