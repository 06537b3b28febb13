/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.DatasetId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What an event dataset looks like, for {@code snn4j data info}-style output: sample counts, class
 * names, sensor, and the spread of events per sample and of sample durations.
 *
 * @param eventsPerSample events per sample over train and test together
 * @param durationMicros last minus first timestamp per sample
 * @param sensor [width, height]
 */
public record EventDatasetInfo(DatasetId id, String source, int trainSamples, int testSamples, List<String> classNames,
        Summary eventsPerSample, Summary durationMicros, SensorSize sensor) {

    /** Minimum, median (the lower middle value for an even count) and maximum. */
    public record Summary(long min, long median, long max) {

        static Summary of(long[] values) {
            if (values.length == 0) {
                return new Summary(0, 0, 0);
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return new Summary(sorted[0], sorted[(sorted.length - 1) / 2], sorted[sorted.length - 1]);
        }
    }

    public EventDatasetInfo {
        classNames = List.copyOf(classNames);
    }

    /**
     * Reads every sample of {@code catalog} (or the first {@code limit} of each part; 0 = all) once,
     * on all cores, keeping only two numbers per sample: memory stays at one recording per thread.
     */
    public static EventDatasetInfo compute(EventCatalog catalog, int limit) {
        List<EventSample> train = limit > 0 ? catalog.train().subList(0, Math.min(limit, catalog.train().size())) : catalog.train();
        List<EventSample> test = limit > 0 ? catalog.test().subList(0, Math.min(limit, catalog.test().size())) : catalog.test();
        List<EventSample> all = new ArrayList<>(train);
        all.addAll(test);
        long[] counts = new long[all.size()];
        long[] durations = new long[all.size()];
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 16));
        int per = (all.size() + threads - 1) / threads;
        IntStream.range(0, threads).parallel().forEach(t -> {
            SampleReader reader = new SampleReader(catalog);
            for (int i = t * per; i < Math.min(all.size(), (t + 1) * per); i++) {
                Events e = reader.read(all.get(i));
                counts[i] = e.size();
                durations[i] = e.durationMicros();
            }
        });
        return new EventDatasetInfo(catalog.id(), catalog.source(), train.size(), test.size(), catalog.classNames(),
                Summary.of(counts), Summary.of(durations), catalog.sensor());
    }
}
