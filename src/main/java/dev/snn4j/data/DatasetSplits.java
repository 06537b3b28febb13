package dev.snn4j.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A dataset's training split (augmented when a generator is passed) and its test split.
 *
 * @param source where the data came from, printed to the user and recorded in the run
 * @param details what a run's config should record to reproduce the data exactly (e.g. the split's
 *     seed and the hashes of its file lists, the frame settings, the cache files); ordered, possibly empty
 */
public record DatasetSplits(SampleDataset train, SampleDataset test, String source, Map<String, String> details) {

    public DatasetSplits {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(source, "source");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public DatasetSplits(SampleDataset train, SampleDataset test, String source) {
        this(train, test, source, Map.of());
    }
}
