package dev.snn4j.data;

import java.util.Set;

/** Loads any dataset snn4j knows, by its {@link DatasetId}. */
public final class Datasets {

    private Datasets() {}

    public static DatasetSplits load(DatasetRequest request) {
        switch (request.id()) {
            case FASHION_MNIST:
            case MNIST:
                LoadedDataset loaded = MnistFormatDatasets.load(request.id(), request.dataDir(), request.env());
                Normalization norm = Normalization.of(request.id());
                return new DatasetSplits(
                        new ImageSamples(loaded.train(), request.augment(), norm),
                        new ImageSamples(loaded.test(), Set.of(), norm),
                        loaded.source());
            default:
                throw new AssertionError(request.id());
        }
    }
}
