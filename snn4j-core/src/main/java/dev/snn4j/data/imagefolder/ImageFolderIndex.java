/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import dev.snn4j.Snn4jException;
import dev.snn4j.data.Problems;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The files of an image folder in the ImageNet layout, {@code train/<class>/...} and
 * {@code val/<class>/...}, each checked once when indexed ({@link ImageFiles#check}) so that a bad
 * file stops the run (or is skipped and named) before training starts, not in the middle of an epoch.
 * The results are kept in an {@link IndexCache}, so a later run checks only new or changed files.
 *
 * <p>Classes are the sorted names of the folders under {@code train/} (as torchvision's ImageFolder
 * sorts them; hidden folders ignored); {@code val/} must have exactly the same folders. Images are the
 * {@code .jpg}, {@code .jpeg} and {@code .png} files (any case) anywhere under a class folder, sorted by
 * their path; other files are ignored. The samples are then ordered round-robin over the classes, each
 * class keeping its file order, so that a limited set still has every class.
 */
final class ImageFolderIndex {

    /** One checked image. */
    record Entry(Path file, int label, int width, int height) {}

    /** The checked images of one split and the files left out (one message each). */
    record Split(List<Entry> entries, List<String> skipped, int files, int checkedNow) {}

    private ImageFolderIndex() {}

    /** Sorted class folder names of {@code dir}/train. */
    static List<String> classes(Path root) {
        Path train = root.resolve("train");
        List<String> names = folders(train);
        if (names.isEmpty()) {
            throw Problems.error(train + ": expected one folder per class, found none");
        }
        Path val = root.resolve("val");
        List<String> valNames = folders(val);
        Set<String> a = new TreeSet<>(names);
        Set<String> b = new TreeSet<>(valNames);
        if (!a.equals(b)) {
            Set<String> missing = new TreeSet<>(a);
            missing.removeAll(b);
            Set<String> extra = new TreeSet<>(b);
            extra.removeAll(a);
            throw Problems.error(val + ": expected the same class folders as " + train + " (" + names.size() + "), found "
                    + (missing.isEmpty() ? "" : "none for " + first(missing)) + (missing.isEmpty() || extra.isEmpty() ? "" : " and ")
                    + (extra.isEmpty() ? "" : "extra " + first(extra)));
        }
        return names;
    }

    private static String first(Set<String> names) {
        List<String> l = new ArrayList<>(names);
        String shown = String.join(", ", l.subList(0, Math.min(5, l.size())));
        return shown + (l.size() > 5 ? " and " + (l.size() - 5) + " more" : "");
    }

    private static List<String> folders(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw Problems.error(dir + ": missing: an image folder needs train/<class>/ and val/<class>/ folders of JPEG or PNG files");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw Problems.error(dir + ": cannot list: " + Problems.describe(e), e);
        }
    }

    /**
     * Lists and checks the images of {@code root/<split>}, on all cores; a file whose size and
     * modification time are those of {@code cache} (null: no cache) is not checked again, its
     * cached result (header, or the problem found) is used.
     */
    static Split index(Path root, String split, List<String> classes, boolean skipBad, IndexCache cache) {
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<BasicFileAttributes> attrs = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            Path dir = root.resolve(split).resolve(classes.get(c));
            List<Path> found = new ArrayList<>();
            Map<Path, BasicFileAttributes> seen = new HashMap<>();
            try {
                Files.walkFileTree(dir, java.util.EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                                if (a.isRegularFile() && isImageName(f)) {
                                    found.add(f);
                                    seen.put(f, a);
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                throw Problems.error(dir + ": cannot list: " + Problems.describe(e), e);
            }
            found.sort(Comparator.comparing(p -> dir.relativize(p).toString()));
            for (Path f : found) {
                files.add(f);
                labels.add(c);
                attrs.add(seen.get(f));
            }
        }
        ImageFiles.Header[] headers = new ImageFiles.Header[files.size()];
        String[] errors = new String[files.size()];
        Snn4jException[] causes = new Snn4jException[files.size()];
        boolean[] fresh = new boolean[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            Path f = files.get(i);
            BasicFileAttributes a = attrs.get(i);
            IndexCache.Result known = cache == null ? null : cache.get(f, a.size(), a.lastModifiedTime().toMillis());
            if (known != null) {
                headers[i] = known.header();
                errors[i] = known.problem();
                causes[i] = known.problem() == null ? null : Problems.error(known.problem());
                return;
            }
            fresh[i] = true;
            try {
                headers[i] = ImageFiles.check(f);
            } catch (Snn4jException e) {
                errors[i] = e.getMessage();
                causes[i] = e;
            } catch (RuntimeException e) {
                errors[i] = f + ": cannot read: " + Problems.describe(e);
                causes[i] = Problems.error(errors[i], e);
            }
        });
        int checked = 0;
        if (cache != null) {
            for (int i = 0; i < files.size(); i++) {
                BasicFileAttributes a = attrs.get(i);
                cache.put(files.get(i), a.size(), a.lastModifiedTime().toMillis(), headers[i], errors[i]);
                checked += fresh[i] ? 1 : 0;
            }
            cache.save();
        } else {
            checked = files.size();
        }
        List<String> skipped = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (errors[i] != null) {
                if (!skipBad) {
                    throw causes[i];
                }
                skipped.add(errors[i]);
                continue;
            }
            entries.add(new Entry(files.get(i), labels.get(i), headers[i].width(), headers[i].height()));
        }
        return new Split(interleave(entries, classes.size()), skipped, files.size(), checked);
    }

    static boolean isImageName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png"));
    }

    private static List<Entry> interleave(List<Entry> entries, int classes) {
        List<List<Entry>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (Entry e : entries) {
            byClass.get(e.label()).add(e);
        }
        List<Entry> out = new ArrayList<>(entries.size());
        for (int round = 0; out.size() < entries.size(); round++) {
            for (List<Entry> c : byClass) {
                if (round < c.size()) {
                    out.add(c.get(round));
                }
            }
        }
        return out;
    }
}
