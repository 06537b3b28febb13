/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One labelled sample of an event dataset: a whole event file, or the events of a time window of one
 * (a DVS Gesture recording holds about a dozen gestures).
 *
 * @param file the event file
 * @param label class index
 * @param from first timestamp of the window (inclusive), or {@link Long#MIN_VALUE} for the whole file
 * @param to end of the window (exclusive), or {@link Long#MAX_VALUE}
 */
public record EventSample(Path file, int label, long from, long to) {

    public EventSample {
        Objects.requireNonNull(file, "file");
        if (label < 0) {
            throw new IllegalArgumentException("expected a label >= 0, found " + label);
        }
    }

    /** The whole file as one sample. */
    public static EventSample whole(Path file, int label) {
        return new EventSample(file, label, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public boolean isWholeFile() {
        return from == Long.MIN_VALUE && to == Long.MAX_VALUE;
    }
}
