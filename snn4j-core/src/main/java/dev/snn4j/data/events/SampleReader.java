/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.file.Path;

/**
 * Reads samples of one catalog, remembering the last file read: consecutive DVS Gesture samples
 * come from the same recording, which is then decoded once instead of a dozen times. One reader per
 * thread (it is not thread-safe).
 */
public final class SampleReader {

    private final SensorSize sensor;
    private final Dvs128Address dvs128;
    private Path lastFile;
    private Events lastEvents;

    public SampleReader(SensorSize sensor, Dvs128Address dvs128) {
        this.sensor = sensor;
        this.dvs128 = dvs128;
    }

    /** For a catalog's sensor and address convention. */
    public SampleReader(EventCatalog catalog) {
        this(catalog.sensor(), catalog.dvs128());
    }

    /** The sample's events (its window of the file when it has one). */
    public Events read(EventSample sample) {
        if (!sample.file().equals(lastFile)) {
            lastEvents = null; // let the previous recording go before reading the next
            lastEvents = EventFiles.read(sample.file(), sensor, dvs128);
            lastFile = sample.file();
        }
        return sample.isWholeFile() ? lastEvents : lastEvents.slice(sample.from(), sample.to());
    }
}
