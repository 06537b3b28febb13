/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.FrameOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Makes the frame dataset of one part (train or test) of a catalog: from the cache when a file with
 * exactly this key is there and intact, else by integrating every sample and writing that file.
 */
public final class FrameBuilder {

    /**
     * A frame dataset and how it was obtained.
     *
     * @param cacheFile the cache file it reads
     * @param status "hit", or "built (why the cache could not be used)"
     */
    public record Built(EventFrameDataset dataset, Path cacheFile, String status) {}

    private FrameBuilder() {}

    /**
     * @param frames T
     * @param height output rows
     * @param width output columns
     * @param augment training augmentations (empty for test)
     * @param framesDir the frame cache folder ({@link CacheDirs#frames})
     */
    public static Built build(EventCatalog catalog, boolean training, int frames, int height, int width,
            FrameOptions options, Set<Augmentation> augment, Path framesDir) {
        List<EventSample> samples = catalog.samples(training);
        int[] labels = samples.stream().mapToInt(EventSample::label).toArray();
        FrameCacheKey key = new FrameCacheKey(catalog.id().cliName(), training ? "train" : "test", frames, options.split(),
                height, width, options.clip(), catalog.sensor(), catalog.dvs128(), FrameCacheKey.sourcesHash(samples));
        Path file = framesDir.resolve(key.fileName());
        FrameCacheFile.Opened opened = FrameCacheFile.open(file, key.text(), labels, frames, height, width);
        String status = "hit";
        if (opened.store() == null) {
            status = "built (" + opened.problem() + ")";
            FrameIntegrator integrator = FrameIntegrator.of(catalog.sensor(), frames, height, width, options);
            ThreadLocal<SampleReader> readers = ThreadLocal.withInitial(() -> new SampleReader(catalog));
            FrameCacheFile.write(file, key.text(), labels, frames, height, width,
                    (i, dst) -> integrator.integrate(readers.get().read(samples.get(i)), dst));
            opened = FrameCacheFile.open(file, key.text(), labels, frames, height, width);
            if (opened.store() == null) {
                throw Corrupt.message(file + ": expected the frame cache file just written to read back, found "
                        + opened.problem());
            }
        }
        String source = catalog.source() + "; frames T=" + frames + " " + height + "x" + width + " by "
                + options.split().cliName();
        EventFrameDataset dataset = new EventFrameDataset(opened.store(), labels, catalog.classNames(), frames, height,
                width, options, training ? augment : Set.of(), source);
        return new Built(dataset, file, status);
    }
}
