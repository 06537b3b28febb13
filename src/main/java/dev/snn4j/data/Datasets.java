package dev.snn4j.data;

import dev.snn4j.data.events.EventDatasets;
import java.util.Set;

/**
 * Loads any dataset snn4j knows, by its {@link DatasetId}.
 *
 * <p>Static image sets are read here; event datasets are delegated to
 * {@link EventDatasets} (the {@code data.events} sub-package), which integrates them into frames
 * [T, 2, H, W]. That is the only place this package refers to its sub-package.
 */
public final class Datasets {

    private Datasets() {}

    public static DatasetSplits load(DatasetRequest request) {
        if (request.id().isTemporal()) {
            return EventDatasets.load(request);
        }
        for (Augmentation a : request.augment()) {
            if (!Augmentation.IMAGE.contains(a)) {
                throw Messages.error("--augment " + a.cliName() + ": expected crop, flip or none for " + request.id().cliName()
                        + " (translate and time_reverse apply to event datasets), found " + a.cliName());
            }
        }
        LoadedDataset loaded = MnistFormatDatasets.load(request.id(), request.dataDir(), request.env());
        Normalization norm = Normalization.of(request.id());
        return new DatasetSplits(
                new ImageSamples(loaded.train(), request.augment(), norm),
                new ImageSamples(loaded.test(), Set.of(), norm),
                loaded.source());
    }
}
