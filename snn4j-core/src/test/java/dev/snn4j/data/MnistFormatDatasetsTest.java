/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static dev.snn4j.data.IdxTestFiles.expectError;
import static dev.snn4j.data.IdxTestFiles.writeDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search order and folder errors, with temporary folders standing in for every root. */
class MnistFormatDatasetsTest {

    private static final DatasetId FASHION = DatasetId.FASHION_MNIST;

    @TempDir
    Path tmp;

    /** Each fake data set gets its own train size so the test can tell which one was loaded. */
    private Path dataset(String where, int train) {
        return writeDataset(tmp.resolve(where), train, 3, 10, ".gz");
    }

    private Map<String, String> env(Path root) {
        return Map.of(MnistFormatDatasets.ENV_VAR, root.toString());
    }

    @Test
    void dataFolderWinsOverEnvAndSystem() {
        Path data = dataset("data", 11);
        dataset("env/fashion-mnist", 12);
        dataset("system/fashion-mnist", 13);
        LoadedDataset d = MnistFormatDatasets.load(FASHION, data, env(tmp.resolve("env")), tmp.resolve("system"));
        assertEquals(11, d.train().size());
        assertEquals(3, d.test().size());
        assertEquals(data + " (the data setting)", d.source());
        assertEquals(d.source(), d.train().source());
        assertEquals(FASHION.classNames(), d.test().classNames());
    }

    @Test
    void envFolderWinsOverSystem() {
        dataset("env/fashion-mnist", 12);
        dataset("system/fashion-mnist", 13);
        LoadedDataset d = MnistFormatDatasets.load(FASHION, null, env(tmp.resolve("env")), tmp.resolve("system"));
        assertEquals(12, d.train().size());
        assertTrue(d.source().contains("$SNN4J_DATA"), d.source());
    }

    @Test
    void systemFolderWhenEnvUnsetOrItsSubfolderMissing() throws IOException {
        dataset("system/fashion-mnist", 13);
        Files.createDirectories(tmp.resolve("env/mnist"));
        for (Map<String, String> e : java.util.List.of(Map.<String, String>of(), env(tmp.resolve("env")),
                Map.of(MnistFormatDatasets.ENV_VAR, "  "))) {
            LoadedDataset d = MnistFormatDatasets.load(FASHION, null, e, tmp.resolve("system"));
            assertEquals(13, d.train().size());
            assertEquals(tmp.resolve("system/fashion-mnist") + " (Debian package dataset-fashion-mnist)", d.source());
        }
    }

    @Test
    void embeddedSubsetWhenNothingElseExists() {
        LoadedDataset d = MnistFormatDatasets.load(FASHION, null, Map.of(), tmp.resolve("none"));
        assertEquals("embedded subset (10,000 train / 2,000 test images of Fashion-MNIST)", d.source());
        assertEquals(10_000, d.train().size());
    }

    @Test
    void mnistHasNoEmbeddedCopyAndSaysWhereItLooked() {
        Path env = tmp.resolve("env");
        String m = expectError(() -> MnistFormatDatasets.load(DatasetId.MNIST, null, env(env), tmp.resolve("sys")),
                "dataset mnist: no MNIST data found", env.resolve("mnist").toString(),
                tmp.resolve("sys/mnist").toString(), "`data` DIR", "$SNN4J_DATA/mnist",
                "train-images-idx3-ubyte[.gz]");
        assertTrue(m.contains("looked in"), m);
        expectError(() -> MnistFormatDatasets.load(DatasetId.MNIST, null, Map.of(), tmp.resolve("sys")),
                "$SNN4J_DATA is not set");
        dataset("sys/mnist", 5);
        assertEquals(5, MnistFormatDatasets.load(DatasetId.MNIST, null, Map.of(), tmp.resolve("sys")).train().size());
    }

    @Test
    void acceptsRawGzAndDottedNames() throws IOException {
        Path raw = writeDataset(tmp.resolve("raw"), 4, 2, 10, "");
        assertEquals(4, MnistFormatDatasets.load(FASHION, raw, Map.of()).train().size());
        Path dotted = writeDataset(tmp.resolve("dotted"), 6, 2, 10, "");
        for (String part : new String[] {"train-images", "train-labels", "t10k-images", "t10k-labels"}) {
            String kind = part.endsWith("images") ? "idx3" : "idx1";
            Files.move(dotted.resolve(part + "-" + kind + "-ubyte"), dotted.resolve(part + "." + kind + "-ubyte"));
        }
        assertEquals(6, MnistFormatDatasets.load(FASHION, dotted, Map.of()).train().size());
    }

    @Test
    void dataFolderErrorsAreReportedNeverSkipped() throws IOException {
        dataset("system/fashion-mnist", 13);
        Path sys = tmp.resolve("system");
        Path absent = tmp.resolve("x/y");
        assertEquals("data " + absent + ": folder does not exist",
                expectError(() -> MnistFormatDatasets.load(FASHION, absent, Map.of(), sys)));
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertEquals("data " + file + ": expected a folder, found a file",
                expectError(() -> MnistFormatDatasets.load(FASHION, file, Map.of(), sys)));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals("data " + empty + ": folder is empty: expected the IDX files train-images-idx3-ubyte[.gz], "
                + "train-labels-idx1-ubyte[.gz], t10k-images-idx3-ubyte[.gz], t10k-labels-idx1-ubyte[.gz]",
                expectError(() -> MnistFormatDatasets.load(FASHION, empty, Map.of(), sys)));
    }

    @Test
    void missingSingleFileIsNamed() throws IOException {
        Path data = dataset("data", 4);
        Files.delete(data.resolve("t10k-labels-idx1-ubyte.gz"));
        expectError(() -> MnistFormatDatasets.load(FASHION, data, Map.of()), "data " + data,
                "missing t10k-labels-idx1-ubyte[.gz]", "found train-images-idx3-ubyte.gz");
    }

    @Test
    void parentFolderGetsAHint() throws IOException {
        Path parent = tmp.resolve("parent");
        dataset("parent/fashion-mnist", 4);
        Files.writeString(parent.resolve("README"), "x");
        expectError(() -> MnistFormatDatasets.load(FASHION, parent, Map.of()), "data " + parent,
                "no IDX files", "found README, fashion-mnist", "did you mean " + parent.resolve("fashion-mnist"));
    }

    @Test
    void brokenFileInChosenFolderIsReported() throws IOException {
        Path data = dataset("data", 4);
        Files.write(data.resolve("train-labels-idx1-ubyte.gz"), IdxTestFiles.gzip(IdxTestFiles.labels(new byte[3])));
        expectError(() -> MnistFormatDatasets.load(FASHION, data, Map.of()), "image/label count mismatch",
                data.resolve("train-images-idx3-ubyte.gz") + " has 4 images",
                data.resolve("train-labels-idx1-ubyte.gz") + " has 3 labels");
        // The same broken folder found through $SNN4J_DATA is also reported, not skipped.
        Path root = tmp.resolve("root");
        Files.createDirectories(root);
        Files.move(data, root.resolve("fashion-mnist"));
        expectError(() -> MnistFormatDatasets.load(FASHION, null, env(root), tmp.resolve("none")),
                "image/label count mismatch");
    }

    @Test
    void trainAndTestImageSizesMustAgree() throws IOException {
        Path data = dataset("data", 4);
        Files.write(data.resolve("t10k-images-idx3-ubyte.gz"),
                IdxTestFiles.gzip(IdxTestFiles.images(3, 5, 5, new byte[75])));
        expectError(() -> MnistFormatDatasets.load(FASHION, data, Map.of()), "t10k-images-idx3-ubyte.gz",
                "expected test images of 4x3", "found 5x5");
    }
}
