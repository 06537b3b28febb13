/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each file layout becomes a catalog of samples (an {@link EventDatasetSpec} names its layout):
 * generated datasets, Train/ and Test/ folders of classes, DVS Gesture's trials, and one folder per
 * class split 90/10 by snn4j.
 */
final class EventCatalogs {

    /** Lists the samples of a dataset of a {@code spec}. */
    @FunctionalInterface
    interface Catalog {
        EventCatalog list(DatasetRequest r, EventDatasetSpec spec);
    }

    private EventCatalogs() {}

    /** Built-in generated datasets (nfmnist, shapes-dvs): generated once into the cache, then split folders. */
    static EventCatalog generated(DatasetRequest r, EventDatasetSpec spec) {
        DatasetId id = r.id();
        GeneratedDatasets.Generated g = GeneratedDatasets.ensure(r);
        List<EventSample> train = SplitFolderLayout.samples(g.dir(), true, id.numClasses());
        List<EventSample> test = SplitFolderLayout.samples(g.dir(), false, id.numClasses());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("generator", g.key());
        details.putAll(new SplitRecord(SplitRecord.Kind.GENERATED, r.events().dataSeed(),
                PerClassSplit.listHash(train, g.dir()), PerClassSplit.listHash(test, g.dir())).asDetails());
        return new EventCatalog(id, g.sensor(), Dvs128Address.TRANSPOSED, train, test, id.classNames(), g.source(), details);
    }

    /** Train/ and Test/, each with one folder per class (N-MNIST). */
    static EventCatalog splitFolders(DatasetRequest r, EventDatasetSpec spec) {
        DatasetId id = r.id();
        Path dir = EventDataFolders.locate(id, r.dataDir(), r.env());
        List<EventSample> train = SplitFolderLayout.samples(dir, true, id.numClasses());
        List<EventSample> test = SplitFolderLayout.samples(dir, false, id.numClasses());
        Map<String, String> details = new LinkedHashMap<>(new SplitRecord(SplitRecord.Kind.OFFICIAL, 0,
                PerClassSplit.listHash(train, dir), PerClassSplit.listHash(test, dir)).asDetails());
        return new EventCatalog(id, spec.sensor(), Dvs128Address.TRANSPOSED, train, test, id.classNames(), dir.toString(),
                details);
    }

    /** DVS128 Gesture: recordings cut into one sample per labelled gesture, the official trial split. */
    static EventCatalog gestures(DatasetRequest r, EventDatasetSpec spec) {
        DatasetId id = r.id();
        Path dir = EventDataFolders.locate(id, r.dataDir(), r.env());
        Path root = DvsGestureLayout.root(dir);
        List<EventSample> train = DvsGestureLayout.samples(dir, true, id.numClasses());
        List<EventSample> test = DvsGestureLayout.samples(dir, false, id.numClasses());
        Map<String, String> details = new LinkedHashMap<>(new SplitRecord(SplitRecord.Kind.OFFICIAL, 0,
                PerClassSplit.listHash(train, root), PerClassSplit.listHash(test, root)).asDetails());
        return new EventCatalog(id, spec.sensor(), Dvs128Address.TRANSPOSED, train, test, id.classNames(), root.toString(),
                details);
    }

    /** One folder per class (optionally inside {@code inner}), split 90/10 per class from the data seed. */
    static Catalog classFolders(String inner) {
        return (r, spec) -> {
            DatasetId id = r.id();
            Path dir = EventDataFolders.locate(id, r.dataDir(), r.env());
            Path root = ClassFolderLayout.root(dir, inner);
            PerClassSplit.Result split = PerClassSplit.split(
                    ClassFolderLayout.filesByClass(dir, inner, id.classNames(), id.displayName()), r.events().dataSeed(), root);
            return new EventCatalog(id, spec.sensor(), Dvs128Address.TRANSPOSED, split.train(), split.test(), id.classNames(),
                    root.toString(), new LinkedHashMap<>(split.record().asDetails()));
        };
    }
}
