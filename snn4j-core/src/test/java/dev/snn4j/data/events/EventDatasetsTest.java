/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static dev.snn4j.data.events.EventTestFiles.expectError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.BatchLoader;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.EventDataOptions;
import dev.snn4j.data.FrameOptions;
import dev.snn4j.data.FrameSplit;
import dev.snn4j.data.HostBatch;
import dev.snn4j.data.SampleDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downloaded datasets' layouts, from folders to frame datasets, with splits and errors. */
class EventDatasetsTest {

    @TempDir
    Path tmp;

    private DatasetRequest request(DatasetId id, Path dir, int frames) {
        return new DatasetRequest(id, dir, Map.of(CacheDirs.ENV_VAR, tmp.resolve("cache").toString()), Set.of(), frames, 0);
    }

    @Test
    void nmnistLoadsItsOfficialSplitAsFrames() throws Exception {
        Path dir = EventFixtures.nmnist(tmp.resolve("nmnist"), 2, 1, 1);
        DatasetSplits s = Datasets.load(request(DatasetId.N_MNIST, dir, 4));
        assertEquals(20, s.train().size());
        assertEquals(10, s.test().size());
        assertArrayEquals(new long[] {4, 2, 34, 34}, s.train().sampleShape());
        assertTrue(s.train().temporal());
        assertEquals(DatasetId.N_MNIST.classNames(), s.train().classNames());
        assertEquals(0, s.train().label(0));
        assertEquals(9, s.test().label(9));
        assertEquals("official", s.details().get("split"));
        assertEquals("built (no cache file)", s.details().get("frames_train_cache_status"), s.details().toString());
        // the frames are the integrated counts of the files
        EventFrameDataset train = (EventFrameDataset) s.train();
        EventCatalog catalog = EventDatasets.catalog(request(DatasetId.N_MNIST, dir, 4));
        Events first = AtisBinReader.read(catalog.train().get(0).file(), SensorSize.N_MNIST);
        int[] expected = new FrameIntegrator(SensorSize.N_MNIST, 4, 34, 34, FrameSplit.NUMBER, 0).integrate(first);
        assertArrayEquals(expected, train.counts(0));
        float[] written = new float[train.sampleSize()];
        train.write(0, written, 0, null);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], written[i], 0f);
        }
    }

    @Test
    void batchesOfEventFramesAreTimeFirst() throws Exception {
        Path dir = EventFixtures.nmnist(tmp.resolve("nmnist"), 1, 1, 2);
        SampleDataset train = Datasets.load(request(DatasetId.N_MNIST, dir, 3)).train();
        try (BatchLoader loader = BatchLoader.training(train, 4, 0, 0)) {
            HostBatch b = loader.next();
            assertArrayEquals(new long[] {3, 4, 2, 34, 34}, b.shape());
        }
    }

    @Test
    void cifar10DvsGetsASeededPerClassSplit() throws Exception {
        Path dir = EventFixtures.cifar10Dvs(tmp.resolve("c10"), 10, 3);
        DatasetRequest r = request(DatasetId.CIFAR10_DVS, dir, 2);
        DatasetSplits s = Datasets.load(r);
        assertEquals(91, s.train().size()); // cat has 11 files: 10 train, 1 test (round(1.1))
        assertEquals(10, s.test().size());
        assertArrayEquals(new long[] {2, 2, 48, 48}, s.train().sampleShape());
        assertEquals("0", s.details().get("split_seed"));
        assertTrue(s.details().get("split").startsWith("per-class 90/10"));
        EventCatalog a = EventDatasets.catalog(r);
        EventCatalog b = EventDatasets.catalog(r);
        assertEquals(a.test(), b.test(), "same seed, same split");
        EventCatalog other = EventDatasets.catalog(r.withEvents(new EventDataOptions(1, 4000, 1000)));
        assertNotEquals(a.details().get("test_files_sha256"), other.details().get("test_files_sha256"));
        Set<Path> train = new HashSet<>();
        a.train().forEach(x -> train.add(x.file()));
        a.test().forEach(x -> assertTrue(!train.contains(x.file()), "disjoint"));
        for (int c = 0; c < 10; c++) {
            int label = c;
            assertEquals(1, a.test().stream().filter(x -> x.label() == label).count(), "one test file per class");
        }
    }

    @Test
    void cifar10DvsRefusesAnIncompleteOrForeignFolder() throws Exception {
        Path dir = EventFixtures.cifar10Dvs(tmp.resolve("c10"), 1, 4);
        Files.createDirectories(dir.resolve("unicorn"));
        expectError(() -> EventDatasets.catalog(request(DatasetId.CIFAR10_DVS, dir, 2)), dir.toString(), false,
                "expected only the 10 class folders", "'unicorn'");
        Files.delete(dir.resolve("unicorn"));
        for (Path f : FolderListing.eventFiles(dir.resolve("truck"))) {
            Files.delete(f);
        }
        Files.delete(dir.resolve("truck"));
        expectError(() -> EventDatasets.catalog(request(DatasetId.CIFAR10_DVS, dir, 2)), dir.toString(), false, "'truck'");
        expectError(() -> EventDatasets.catalog(request(DatasetId.CIFAR10_DVS, tmp.resolve("nowhere"), 2)), "nowhere", false,
                "data");
    }

    @Test
    void nCaltech101ReadsItsClassFoldersAt240x180() throws Exception {
        Path dir = EventFixtures.ncaltech(tmp.resolve("nc"), 2, 5);
        DatasetSplits s = Datasets.load(request(DatasetId.N_CALTECH101, dir, 2)
                .withFrames(FrameOptions.DEFAULT.withSize(18, 24)));
        assertEquals(101 * 2, s.train().size() + s.test().size());
        assertEquals(101, s.train().numClasses());
        assertArrayEquals(new long[] {2, 2, 18, 24}, s.train().sampleShape());
    }

    @Test
    void dvsGestureCutsRecordingsIntoGestures() throws Exception {
        Path dir = EventFixtures.dvsGesture(tmp.resolve("g"), 3, 6);
        DatasetRequest r = request(DatasetId.DVS_GESTURE, dir, 4);
        EventCatalog catalog = EventDatasets.catalog(r);
        assertEquals(22, catalog.train().size());
        assertEquals(11, catalog.test().size());
        assertEquals(List.of(0, 1, 2), catalog.test().subList(0, 3).stream().map(EventSample::label).toList());
        EventSample third = catalog.test().get(2);
        assertEquals(1_250_000, third.from());
        assertEquals(1_350_000, third.to());
        Events all = Aedat3Reader.read(third.file(), SensorSize.DVS128);
        Events window = new SampleReader(catalog).read(third);
        assertEquals(all.lowerBound(1_350_000) - all.lowerBound(1_250_000), window.size());
        assertTrue(window.t(0) >= 1_250_000 && window.t(window.size() - 1) < 1_350_000);
        DatasetSplits s = Datasets.load(r);
        assertArrayEquals(new long[] {4, 2, 64, 64}, s.train().sampleShape());
        assertEquals(FrameCounts.of(new FrameIntegrator(SensorSize.DVS128, 4, 64, 64, FrameSplit.NUMBER, 0), window).total(),
                java.util.Arrays.stream(((EventFrameDataset) s.test()).counts(2)).asLongStream().sum());
    }

    @Test
    void dvsGestureRefusesBadLabelFiles() throws Exception {
        Path dir = EventFixtures.dvsGesture(tmp.resolve("g"), 2, 7);
        Path csv = dir.resolve("user01_fluorescent_labels.csv");
        Files.writeString(csv, "class,startTime_usec,endTime_usec\n12,5,9\n");
        expectError(() -> EventDatasets.catalog(request(DatasetId.DVS_GESTURE, dir, 2)), csv.toString(), false,
                "line 2", "class 1..11");
        Files.writeString(csv, "class;start\n");
        expectError(() -> EventDatasets.catalog(request(DatasetId.DVS_GESTURE, dir, 2)), csv.toString(), false, "line 1");
    }

    @Test
    void labelChangingAugmentationsAreRefused() throws Exception {
        Path dir = EventFixtures.dvsGesture(tmp.resolve("g"), 2, 8);
        DatasetRequest flip = new DatasetRequest(DatasetId.DVS_GESTURE, dir, Map.of(CacheDirs.ENV_VAR, tmp.toString()),
                Set.of(Augmentation.FLIP), 2, 0);
        expectError(() -> Datasets.load(flip), "augment flip", false, "dvs-gesture", "left- and right-arm");
        DatasetRequest translate = new DatasetRequest(DatasetId.FASHION_MNIST, null, Map.of(),
                Set.of(Augmentation.TRANSLATE), 2, 0);
        expectError(() -> Datasets.load(translate), "augment translate", false, "fashion-mnist");
    }

    @Test
    void frameSizeLargerThanTheSensorIsRefused() throws Exception {
        Path dir = EventFixtures.nmnist(tmp.resolve("nmnist"), 1, 1, 9);
        expectError(() -> Datasets.load(request(DatasetId.N_MNIST, dir, 2).withFrames(FrameOptions.DEFAULT.withSize(40, 40))),
                "frame size", false, "34x34", "40x40");
    }
}
