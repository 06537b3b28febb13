/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds and loads the MNIST-format data sets (Fashion-MNIST, MNIST).
 *
 * <p>Search order, first match wins:
 * <ol>
 *   <li>{@code --data DIR} when given: then ONLY that folder, and any problem there is reported,
 *       because silently falling back would train on data the user did not ask for;</li>
 *   <li>{@code $SNN4J_DATA/<name>} when the variable is set and that folder exists;</li>
 *   <li>{@code /usr/share/datasets/<name>} (for Fashion-MNIST the Debian package
 *       {@code dataset-fashion-mnist} installs it there);</li>
 *   <li>Fashion-MNIST only: the 10,000/2,000-image subset embedded in the jar, so that the
 *       library works out of the box on a machine without any download.</li>
 * </ol>
 * A folder is chosen because it exists; once chosen, a broken or incomplete folder is an error,
 * not a reason to move on. The chosen place is returned as {@link LoadedDataset#source()}.
 */
public final class MnistFormatDatasets {

    /** Name of the environment variable holding a folder with one subfolder per data set. */
    public static final String ENV_VAR = "SNN4J_DATA";
    /** Where Debian installs data set packages. */
    static final Path SYSTEM_ROOT = Path.of("/usr/share/datasets");
    /** Classpath folder of the embedded Fashion-MNIST subset, see tools/make-fashion-mnist-subset.py. */
    static final String EMBEDDED_DIR = "/dev/snn4j/data/fashion-mnist-subset/";

    private MnistFormatDatasets() {
    }

    /**
     * Loads {@code id} following the search order above.
     *
     * @param dataDirOrNull the {@code --data} folder, or null to search
     * @param env the environment, normally {@code System.getenv()}
     * @throws dev.snn4j.Snn4jException when the data is missing or damaged, naming the place
     */
    public static LoadedDataset load(DatasetId id, Path dataDirOrNull, Map<String, String> env) {
        return load(id, dataDirOrNull, env, SYSTEM_ROOT);
    }

    /** As {@link #load(DatasetId, Path, Map)} with the system folder injectable for tests. */
    static LoadedDataset load(DatasetId id, Path dataDirOrNull, Map<String, String> env, Path systemRoot) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(env, "env");
        if (dataDirOrNull != null) {
            return loadFolder(id, dataDirOrNull, "data " + dataDirOrNull, dataDirOrNull + " (the data setting)");
        }
        List<String> looked = new ArrayList<>();
        String envRoot = env.get(ENV_VAR);
        if (envRoot == null || envRoot.isBlank()) {
            looked.add("$" + ENV_VAR + "/" + id.cliName() + " ($" + ENV_VAR + " is not set)");
        } else {
            Path dir = envFolder(envRoot.trim()).resolve(id.cliName());
            if (Files.isDirectory(dir)) {
                return loadFolder(id, dir, dir + " (from $" + ENV_VAR + ")", dir + " ($" + ENV_VAR + ")");
            }
            looked.add(dir + " (no such folder)");
        }
        Path system = systemRoot.resolve(id.cliName());
        if (Files.isDirectory(system)) {
            String pkg = id == DatasetId.FASHION_MNIST ? " (Debian package dataset-fashion-mnist)" : "";
            return loadFolder(id, system, system.toString(), system + pkg);
        }
        looked.add(system + " (no such folder)");
        if (id == DatasetId.FASHION_MNIST) {
            return loadEmbeddedFashionMnist();
        }
        throw Problems.error("dataset " + id.cliName() + ": no " + id.displayName() + " data found: looked in "
                + String.join(", ", looked) + "; put the IDX files " + IdxFileSet.expectedNames()
                + " in a folder and pass `data` DIR, or put them in $" + ENV_VAR + "/" + id.cliName());
    }

    /** Loads the four IDX files of one folder; {@code what} names the folder in errors. */
    static LoadedDataset loadFolder(DatasetId id, Path dir, String what, String source) {
        IdxFileSet files = IdxFileSet.locate(dir, what, id.cliName());
        ImageDataset train = ImageDataset.fromIdx(
                IdxReader.readImages(files.trainImages()), files.trainImages().toString(),
                IdxReader.readLabels(files.trainLabels()), files.trainLabels().toString(),
                id.classNames(), source);
        ImageDataset test = ImageDataset.fromIdx(
                IdxReader.readImages(files.testImages()), files.testImages().toString(),
                IdxReader.readLabels(files.testLabels()), files.testLabels().toString(),
                id.classNames(), source);
        return checked(train, test, files.testImages().toString(), source);
    }

    /** Loads the Fashion-MNIST subset embedded in the jar. */
    static LoadedDataset loadEmbeddedFashionMnist() {
        DatasetId id = DatasetId.FASHION_MNIST;
        String where = "classpath:" + EMBEDDED_DIR;
        String trainImages = IdxFileSet.Part.TRAIN_IMAGES.standardName() + ".gz";
        String trainLabels = IdxFileSet.Part.TRAIN_LABELS.standardName() + ".gz";
        String testImages = IdxFileSet.Part.TEST_IMAGES.standardName() + ".gz";
        String testLabels = IdxFileSet.Part.TEST_LABELS.standardName() + ".gz";
        IdxImages trainX = resourceImages(trainImages);
        IdxImages testX = resourceImages(testImages);
        String source = "embedded subset (" + Messages.count(trainX.count()) + " train / "
                + Messages.count(testX.count()) + " test images of " + id.displayName() + ")";
        ImageDataset train = ImageDataset.fromIdx(trainX, where + trainImages, resourceLabels(trainLabels),
                where + trainLabels, id.classNames(), source);
        ImageDataset test = ImageDataset.fromIdx(testX, where + testImages, resourceLabels(testLabels),
                where + testLabels, id.classNames(), source);
        return checked(train, test, where + testImages, source);
    }

    private static IdxImages resourceImages(String name) {
        try (InputStream in = MnistFormatDatasets.class.getResourceAsStream(EMBEDDED_DIR + name)) {
            return IdxReader.readImages(in, "classpath:" + EMBEDDED_DIR + name);
        } catch (IOException e) {
            throw Problems.error("classpath:" + EMBEDDED_DIR + name + ": cannot read: " + Problems.describe(e), e);
        }
    }

    private static byte[] resourceLabels(String name) {
        try (InputStream in = MnistFormatDatasets.class.getResourceAsStream(EMBEDDED_DIR + name)) {
            return IdxReader.readLabels(in, "classpath:" + EMBEDDED_DIR + name);
        } catch (IOException e) {
            throw Problems.error("classpath:" + EMBEDDED_DIR + name + ": cannot read: " + Problems.describe(e), e);
        }
    }

    /** Train and test images must have the same shape, or the model cannot take both. */
    private static LoadedDataset checked(ImageDataset train, ImageDataset test, String testName, String source) {
        if (train.height() != test.height() || train.width() != test.width()) {
            throw Problems.error(testName + ": expected test images of " + train.height() + "x" + train.width()
                    + " like the training images, found " + test.height() + "x" + test.width());
        }
        return new LoadedDataset(train, test, source);
    }

    private static Path envFolder(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw Problems.error("$" + ENV_VAR + ": expected a folder path, found '" + value + "'", e);
        }
    }
}
