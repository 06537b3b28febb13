/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.FrameSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * Everything integrated frames depend on, as one line of text: stored whole in the cache file's
 * header and hashed into its name, so a changed setting or source gets a different file, and a file
 * is only used when its stored key is exactly the one asked for.
 *
 * @param dataset dataset name ({@code cifar10-dvs})
 * @param part "train" or "test"
 * @param frames T
 * @param split how the stream is cut into frames
 * @param height output rows
 * @param width output columns
 * @param clip count clip (0 = none)
 * @param sensor the sensor the files are read as
 * @param dvs128 the AEDAT 2.0 address convention
 * @param sourcesSha256 SHA-256 of the samples' identity: for each, the file's absolute path, size and
 *     modification time, the label and the time window
 */
public record FrameCacheKey(String dataset, String part, int frames, FrameSplit split, int height, int width, int clip,
        SensorSize sensor, Dvs128Address dvs128, String sourcesSha256) {

    /** Bump when the integration or the file layout changes meaning. */
    static final int FORMAT = 1;

    /** The key as stored in the cache file. */
    public String text() {
        return "snn4j-frames/" + FORMAT + " dataset=" + dataset + " part=" + part + " T=" + frames + " split="
                + split.cliName() + " size=" + height + "x" + width + " clip=" + clip + " sensor=" + sensor
                + " dvs128=" + dvs128.name().toLowerCase(Locale.ROOT) + " sources=" + sourcesSha256;
    }

    /** {@code <dataset>-<part>-T<T>-<first 16 hex digits of SHA-256(text)>.frames}. */
    public String fileName() {
        return dataset + "-" + part + "-T" + frames + "-" + Sha256.of(text()).substring(0, 16) + ".frames";
    }

    /** Hash of the samples' identity (see {@link #sourcesSha256()}); stats every distinct file once. */
    public static String sourcesHash(List<EventSample> samples) {
        Sha256 h = new Sha256();
        Path lastFile = null;
        String lastStat = "";
        for (EventSample s : samples) {
            if (!s.file().equals(lastFile)) {
                lastFile = s.file();
                lastStat = stat(s.file());
            }
            h.add(lastStat + "\t" + s.label() + "\t" + s.from() + "\t" + s.to() + "\n");
        }
        return h.hex();
    }

    private static String stat(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return file.toAbsolutePath().normalize() + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            throw Corrupt.file(file.toString(), "cannot read file attributes", e);
        }
    }
}
