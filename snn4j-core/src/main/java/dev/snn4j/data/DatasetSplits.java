/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dataset's training split (augmented when a generator is passed) and its test split.
 *
 * @param source where the data came from, printed to the user and recorded in the run
 * @param details what a run's config should record to reproduce the data exactly (e.g. the split's
 *     seed and the hashes of its file lists, the frame settings, the cache files, the number of bad
 *     files skipped); ordered, possibly empty
 * @param facts what {@code data info} can show beyond sizes and classes, not needed to reproduce the
 *     data (e.g. the image sizes found, the point-cloud file format); ordered, possibly empty
 * @param warnings one line each, for the user (e.g. every file left out by
 *     {@link StaticDataOptions#skipBadFiles()}); possibly empty
 */
public record DatasetSplits(SampleDataset train, SampleDataset test, String source, Map<String, String> details,
        Map<String, String> facts, List<String> warnings) {

    public DatasetSplits {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(source, "source");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        warnings = List.copyOf(warnings);
    }

    public DatasetSplits(SampleDataset train, SampleDataset test, String source, Map<String, String> details) {
        this(train, test, source, details, Map.of(), List.of());
    }

    public DatasetSplits(SampleDataset train, SampleDataset test, String source) {
        this(train, test, source, Map.of());
    }
}
