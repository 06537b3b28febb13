package dev.snn4j.data;

/**
 * A dataset's training split (augmented when a generator is passed) and its test split.
 *
 * @param source where the data came from, printed to the user and recorded in the run
 */
public record DatasetSplits(SampleDataset train, SampleDataset test, String source) {}
