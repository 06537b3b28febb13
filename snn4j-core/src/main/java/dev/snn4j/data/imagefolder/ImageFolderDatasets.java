/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Normalization;
import dev.snn4j.data.Problems;
import dev.snn4j.data.StaticDataOptions;
import dev.snn4j.data.events.CacheDirs;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code imagefolder}: JPEG/PNG images in the ImageNet layout ({@code train/<class>/*},
 * {@code val/<class>/*}), found as the other datasets are: {@code --data DIR} (only there),
 * {@code $SNN4J_DATA/imagefolder}, {@code /usr/share/datasets/imagefolder}. Every file is checked when
 * the folder is indexed ({@link ImageFolderIndex}, results cached per file in {@code $SNN4J_CACHE/imagefolder/}
 * by {@link IndexCache}); with {@link StaticDataOptions#skipBadFiles()} bad
 * ones are left out and each is named in {@link DatasetSplits#warnings()}, else the first is an error.
 * Samples are [3, S, S] ({@link StaticDataOptions#imageSize()}), see {@link ImageFolderSamples}.
 */
public final class ImageFolderDatasets {

    static final Path SYSTEM_ROOT = Path.of("/usr/share/datasets");
    static final String ENV_VAR = "SNN4J_DATA";

    private ImageFolderDatasets() {}

    public static DatasetSplits load(DatasetRequest r) {
        return load(r, SYSTEM_ROOT);
    }

    static DatasetSplits load(DatasetRequest r, Path systemRoot) {
        StaticDataOptions o = r.statics();
        Path root = locate(r.dataDir(), r.env(), systemRoot);
        List<String> classes = ImageFolderIndex.classes(root);
        Path cacheRoot = CacheDirs.root(r.env());
        IndexCache trainCache = IndexCache.open(cacheRoot, root, "train");
        IndexCache valCache = IndexCache.open(cacheRoot, root, "val");
        ImageFolderIndex.Split train = ImageFolderIndex.index(root, "train", classes, o.skipBadFiles(), trainCache);
        ImageFolderIndex.Split val = ImageFolderIndex.index(root, "val", classes, o.skipBadFiles(), valCache);
        List<String> warnings = new ArrayList<>();
        train.skipped().forEach(s -> warnings.add("skipped " + s));
        val.skipped().forEach(s -> warnings.add("skipped " + s));
        if (train.entries().isEmpty() || val.entries().isEmpty()) {
            throw Problems.error(root + ": expected JPEG or PNG images in train/<class>/ and val/<class>/, found "
                    + train.entries().size() + " and " + val.entries().size()
                    + (warnings.isEmpty() ? "" : " readable ones (" + warnings.size() + " bad file(s) skipped)"));
        }
        int threads = o.effectiveDecodeThreads();
        String source = root.toString();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("image_size", Integer.toString(o.imageSize()));
        details.put("eval_resize", Integer.toString(CropBox.resizeFor(o.imageSize())));
        if (o.skipBadFiles()) {
            details.put("skipped_bad_files", Integer.toString(warnings.size()));
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("files", train.files() + " train / " + val.files() + " val");
        facts.put("image_sizes_train", sizes(train.entries()));
        facts.put("image_sizes_val", sizes(val.entries()));
        facts.put("decode_threads", Integer.toString(threads));
        facts.put("bad_file_check", "at index time: header and end-of-image marker of every file"
                + (o.skipBadFiles() ? "; a file that fails to decode later is reported and replaced by the next image of its class" : ""));
        facts.put("index_cache", trainCache.file().getParent() + " (files checked now: " + train.checkedNow() + " of "
                + train.files() + " train, " + val.checkedNow() + " of " + val.files() + " val; the rest unchanged since cached)");
        Normalization norm = o.normalize().of(DatasetId.IMAGEFOLDER, 3);
        return new DatasetSplits(
                new ImageFolderSamples(train.entries(), classes, o.imageSize(), r.augment(), source, threads, norm, o.skipBadFiles()),
                new ImageFolderSamples(val.entries(), classes, o.imageSize(), Set.of(), source, threads, norm, o.skipBadFiles()),
                source, details, facts, warnings);
    }

    /** "width min/median/max, height min/median/max" of the images found. */
    static String sizes(List<ImageFolderIndex.Entry> entries) {
        int[] w = entries.stream().mapToInt(ImageFolderIndex.Entry::width).sorted().toArray();
        int[] h = entries.stream().mapToInt(ImageFolderIndex.Entry::height).sorted().toArray();
        if (w.length == 0) {
            return "none";
        }
        return "width " + w[0] + "/" + w[(w.length - 1) / 2] + "/" + w[w.length - 1] + ", height " + h[0] + "/"
                + h[(h.length - 1) / 2] + "/" + h[h.length - 1] + " (min/median/max)";
    }

    static Path locate(Path dataDir, Map<String, String> env, Path systemRoot) {
        String layout = "train/<class>/*.jpg|jpeg|png and val/<class>/...";
        if (dataDir != null) {
            if (!Files.isDirectory(dataDir)) {
                throw Problems.error("data " + dataDir + ": expected an image folder (" + layout + "), found no such folder");
            }
            return dataDir;
        }
        List<String> looked = new ArrayList<>();
        String envRoot = env.get(ENV_VAR);
        if (envRoot == null || envRoot.isBlank()) {
            looked.add("$" + ENV_VAR + "/imagefolder ($" + ENV_VAR + " is not set)");
        } else {
            try {
                Path dir = Path.of(envRoot.trim()).resolve("imagefolder");
                if (Files.isDirectory(dir)) {
                    return dir;
                }
                looked.add(dir + " (no such folder)");
            } catch (InvalidPathException e) {
                throw Problems.error("$" + ENV_VAR + ": expected a folder path, found '" + envRoot + "'");
            }
        }
        Path system = systemRoot.resolve("imagefolder");
        if (Files.isDirectory(system)) {
            return system;
        }
        looked.add(system + " (no such folder)");
        throw Problems.error("dataset imagefolder: no image folder found: looked in " + String.join(", ", looked)
                + "; pass `data` DIR, a folder with " + layout);
    }
}
