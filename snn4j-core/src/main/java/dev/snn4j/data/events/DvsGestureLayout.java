/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DVS128 Gesture as IBM distributes it: {@code userXX_<lighting>.aedat} recordings, each with
 * {@code userXX_<lighting>_labels.csv} (header "class,startTime_usec,endTime_usec", then one line per
 * gesture with class 1..11), and the official split {@code trials_to_train.txt} /
 * {@code trials_to_test.txt} (one recording file name per line). Every gesture is one sample: the
 * events with startTime ≤ t &lt; endTime, labelled class - 1 (as SpikingJelly cuts them).
 */
final class DvsGestureLayout {

    static final String INNER = "DvsGesture";
    static final String HEADER = "class,startTime_usec,endTime_usec";

    private DvsGestureLayout() {}

    /** The folder holding the trial lists: {@code dir}, or {@code dir/DvsGesture}. */
    static Path root(Path dir) {
        return Files.isRegularFile(dir.resolve("trials_to_train.txt")) || !Files.isDirectory(dir.resolve(INNER))
                ? dir : dir.resolve(INNER);
    }

    /** The samples of the official training or test list. */
    static List<EventSample> samples(Path dir, boolean training, int numClasses) {
        Path root = root(dir);
        Path list = root.resolve(training ? "trials_to_train.txt" : "trials_to_test.txt");
        List<EventSample> out = new ArrayList<>();
        List<String> lines = readLines(list);
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).trim();
            if (name.isEmpty()) {
                continue;
            }
            if (!name.endsWith(".aedat") || name.contains("/") || name.contains("\\")) {
                throw Corrupt.message(list + ": line " + (i + 1) + ": expected a recording name like user01_fluorescent.aedat, found '"
                        + name + "'");
            }
            Path recording = root.resolve(name);
            if (!Files.isRegularFile(recording)) {
                throw Corrupt.message(list + ": line " + (i + 1) + ": expected the file " + recording + ", found none");
            }
            Path labels = root.resolve(name.substring(0, name.length() - ".aedat".length()) + "_labels.csv");
            out.addAll(gestures(recording, labels, numClasses));
        }
        if (out.isEmpty()) {
            throw Corrupt.message(list + ": expected at least one recording, found none");
        }
        return out;
    }

    /** One sample per line of a labels CSV. */
    static List<EventSample> gestures(Path recording, Path labels, int numClasses) {
        List<String> lines = readLines(labels);
        if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
            throw Corrupt.message(labels + ": line 1: expected '" + HEADER + "', found "
                    + (lines.isEmpty() ? "an empty file" : Corrupt.quote(lines.get(0).trim())));
        }
        List<EventSample> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",", -1);
            long cls;
            long start;
            long end;
            try {
                if (f.length != 3) {
                    throw new NumberFormatException();
                }
                cls = Long.parseLong(f[0].trim());
                start = Long.parseLong(f[1].trim());
                end = Long.parseLong(f[2].trim());
            } catch (NumberFormatException e) {
                throw Corrupt.message(labels + ": line " + (i + 1) + ": expected three integers class,start,end, found "
                        + Corrupt.quote(line));
            }
            if (cls < 1 || cls > numClasses || start < 0 || end <= start) {
                throw Corrupt.message(labels + ": line " + (i + 1) + ": expected class 1.." + numClasses
                        + " and 0 <= start < end, found " + Corrupt.quote(line));
            }
            out.add(new EventSample(recording, (int) cls - 1, start, end));
        }
        return out;
    }

    private static List<String> readLines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw Corrupt.message(file + ": expected this file of DVS128 Gesture, found none");
        }
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw Corrupt.file(file.toString(), "cannot read", e);
        }
    }
}
