/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.DatasetId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an event dataset consists of before any frame is made: its train and test samples (files or
 * windows of files, with labels), the sensor and where it all was found.
 *
 * @param id the dataset
 * @param sensor the sensor every file is read as
 * @param dvs128 how AEDAT 2.0 addresses map to pixels (only used by AEDAT 2.0 files)
 * @param train training samples, in a fixed order: classes interleaved round-robin, so that the
 *     first N samples ({@code --train-limit}) are as balanced as the data allows
 * @param test test samples, in the same kind of order (a {@code --test-limit} never measures a
 *     few classes only)
 * @param classNames class names, indexed by label
 * @param source where the data came from, for the user and the run's config
 * @param details facts a run should record (split seed, file-list hashes, generator key)
 */
public record EventCatalog(DatasetId id, SensorSize sensor, Dvs128Address dvs128, List<EventSample> train,
        List<EventSample> test, List<String> classNames, String source, Map<String, String> details) {

    public EventCatalog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sensor, "sensor");
        Objects.requireNonNull(dvs128, "dvs128");
        train = interleaved(train);
        test = interleaved(test);
        classNames = List.copyOf(classNames);
        Objects.requireNonNull(source, "source");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Round-robin over the classes, each class keeping its own order. */
    static List<EventSample> interleaved(List<EventSample> samples) {
        Map<Integer, java.util.ArrayDeque<EventSample>> byClass = new LinkedHashMap<>();
        for (EventSample s : samples) {
            byClass.computeIfAbsent(s.label(), k -> new java.util.ArrayDeque<>()).add(s);
        }
        java.util.List<EventSample> out = new java.util.ArrayList<>(samples.size());
        while (out.size() < samples.size()) {
            for (java.util.ArrayDeque<EventSample> queue : byClass.values()) {
                if (!queue.isEmpty()) {
                    out.add(queue.poll());
                }
            }
        }
        return List.copyOf(out);
    }

    /** The training or the test samples. */
    public List<EventSample> samples(boolean training) {
        return training ? train : test;
    }
}
