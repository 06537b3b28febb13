/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import dev.snn4j.AtomicFiles;
import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the index check found for each file of one split of one image folder, so a later run checks
 * only files that are new or whose size or modification time changed.
 *
 * <p>One text file per folder and split, {@code <cache>/imagefolder/<hash of the folder and split>.tsv}
 * ({@code $SNN4J_CACHE}, else {@code ~/.cache/snn4j}): a header line, then one line per file:
 * {@code path, size, modified (ms), format, width, height}, or {@code path, size, modified, !, problem}
 * for a bad file, tab-separated. It is rewritten atomically after indexing when anything changed, and
 * is only a cache: unreadable or stale lines are checked again, a failed write is ignored.
 */
final class IndexCache {

    static final String HEADER = "snn4j-imagefolder-index/1";

    /** A cached check: a header, or the problem found. */
    record Result(ImageFiles.Header header, String problem) {}

    private record Line(long size, long modified, Result result) {}

    private final Path file;
    private final String folder;
    private final Map<String, Line> old = new HashMap<>();
    private final Map<String, Line> current = new TreeMap<>();

    private IndexCache(Path file, String folder) {
        this.file = file;
        this.folder = folder;
    }

    /** The cache of {@code root/<split>} under {@code cacheRoot}, loaded if present. */
    static IndexCache open(Path cacheRoot, Path root, String split) {
        String folder = root.toAbsolutePath().normalize() + "\u0000" + split;
        IndexCache c = new IndexCache(cacheRoot.resolve("imagefolder").resolve(hash(folder) + "-" + split + ".tsv"), folder);
        c.load();
        return c;
    }

    /** The cache file. */
    Path file() {
        return file;
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return;
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER + "\t" + folder.replace('\u0000', '\t'))) {
            return;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            try {
                long size = Long.parseLong(f[1]);
                long modified = Long.parseLong(f[2]);
                Result r;
                if (f.length == 5 && f[3].equals("!")) {
                    r = new Result(null, f[4]);
                } else if (f.length == 6) {
                    r = new Result(new ImageFiles.Header(f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5])), null);
                } else {
                    continue;
                }
                old.put(f[0], new Line(size, modified, r));
            } catch (RuntimeException e) {
                // a damaged line: that file is checked again
            }
        }
    }

    /** The cached result for {@code path} if its size and time still match; safe to call from many threads. */
    Result get(Path path, long size, long modified) {
        Line l = old.get(path.toString());
        return l != null && l.size() == size && l.modified() == modified ? l.result() : null;
    }

    /** Records a result (call from one thread, after the parallel checks). */
    void put(Path path, long size, long modified, ImageFiles.Header header, String problem) {
        String key = path.toString();
        if (key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0) {
            return; // not representable in the file: checked every time
        }
        current.put(key, new Line(size, modified, new Result(header, problem)));
    }

    /** Writes the recorded results when they differ from what was loaded. */
    void save() {
        if (current.equals(old)) {
            return;
        }
        StringBuilder b = new StringBuilder(HEADER).append('\t').append(folder.replace('\u0000', '\t')).append('\n');
        for (Map.Entry<String, Line> e : current.entrySet()) {
            Line l = e.getValue();
            b.append(e.getKey()).append('\t').append(l.size()).append('\t').append(l.modified()).append('\t');
            if (l.result().problem() != null) {
                b.append("!\t").append(l.result().problem().replace('\t', ' '));
            } else {
                ImageFiles.Header h = l.result().header();
                b.append(h.format()).append('\t').append(h.width()).append('\t').append(h.height());
            }
            b.append('\n');
        }
        try {
            AtomicFiles.writeString(file, b.toString());
        } catch (Snn4jException e) {
            // only a cache: the next run checks the files again
        }
    }
}
