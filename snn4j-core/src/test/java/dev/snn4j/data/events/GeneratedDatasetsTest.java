/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.EventDataOptions;
import dev.snn4j.data.MnistFormatDatasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated datasets: deterministic, cached, read back through the ATIS reader, with real time-reversal pairs. */
class GeneratedDatasetsTest {

    @TempDir
    Path tmp;

    private static DatasetRequest request(DatasetId id, Path cache, long seed) {
        return new DatasetRequest(id, null, Map.of(CacheDirs.ENV_VAR, cache.toString()), Set.of(), 4, 0)
                .withEvents(new EventDataOptions(seed, 40, 20));
    }

    private static String contentHash(EventCatalog c) throws IOException {
        Sha256 h = new Sha256();
        for (List<EventSample> part : List.of(c.train(), c.test())) {
            for (EventSample s : part) {
                byte[] b = Files.readAllBytes(s.file());
                h.add(s.label() + ":").add(b, 0, b.length);
            }
        }
        return h.hex();
    }

    @Test
    void nfmnistIsDeterministicCachedAndLabelledLikeFashionMnist() throws Exception {
        EventCatalog a = EventDatasets.catalog(request(DatasetId.NFMNIST, tmp.resolve("a"), 0));
        assertEquals(40, a.train().size());
        assertEquals(20, a.test().size());
        assertEquals(SensorSize.N_MNIST, a.sensor());
        var fashion = MnistFormatDatasets.load(DatasetId.FASHION_MNIST, null, Map.of());
        int[] expected = new int[10];
        for (int i = 0; i < 40; i++) {
            expected[fashion.train().label(i)]++;
        }
        int[] found = new int[10];
        a.train().forEach(s -> found[s.label()]++);
        assertArrayEquals(expected, found);
        Path marker = a.train().get(0).file().getParent().getParent().getParent().resolve(GeneratedDatasets.MARKER);
        long written = Files.getLastModifiedTime(marker).toMillis();
        EventCatalog again = EventDatasets.catalog(request(DatasetId.NFMNIST, tmp.resolve("a"), 0));
        assertEquals(written, Files.getLastModifiedTime(marker).toMillis(), "reused, not regenerated");
        assertEquals(a.train(), again.train());
        EventCatalog b = EventDatasets.catalog(request(DatasetId.NFMNIST, tmp.resolve("b"), 0));
        assertEquals(contentHash(a), contentHash(b), "same seed, same bytes in another cache");
        EventCatalog c = EventDatasets.catalog(request(DatasetId.NFMNIST, tmp.resolve("a"), 1));
        assertNotEquals(contentHash(a), contentHash(c));
        SampleReader reader = new SampleReader(a);
        for (EventSample s : a.train()) {
            Events e = reader.read(s);
            assertTrue(e.size() > 500, "events " + e.size());
            assertTrue(e.durationMicros() > 250_000 && e.t(e.size() - 1) <= 300_000, e.toString());
        }
    }

    @Test
    void aDamagedGeneratedFolderIsRegenerated() throws Exception {
        EventCatalog a = EventDatasets.catalog(request(DatasetId.SHAPES_DVS, tmp, 0));
        String hash = contentHash(a);
        Path dir = a.train().get(0).file().getParent().getParent().getParent();
        Files.delete(dir.resolve(GeneratedDatasets.MARKER));
        Files.delete(a.train().get(3).file());
        EventCatalog b = EventDatasets.catalog(request(DatasetId.SHAPES_DVS, tmp, 0));
        assertEquals(hash, contentHash(b));
    }

    @Test
    void shapesLoadAsFramesWithBalancedClasses() {
        DatasetSplits s = Datasets.load(request(DatasetId.SHAPES_DVS, tmp, 0));
        assertArrayEquals(new long[] {4, 2, 32, 32}, s.train().sampleShape());
        assertEquals(DatasetId.SHAPES_DVS.classNames(), s.train().classNames());
        assertEquals(ShapesDvsClass.names(), DatasetId.SHAPES_DVS.classNames());
        int[] perClass = new int[10];
        for (int i = 0; i < s.train().size(); i++) {
            perClass[s.train().label(i)]++;
        }
        assertArrayEquals(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4, 4}, perClass);
        assertTrue(s.details().get("generator").contains("dataset=shapes-dvs seed=0 train=40 test=20"));
    }

    @Test
    void reversalMapPairsClassesAndIsAnInvolution() {
        int[] map = ShapesDvsClass.reversalMap();
        assertArrayEquals(new int[] {1, 0, 3, 2, 5, 4, 7, 6, 8, 9}, map);
        for (int c = 0; c < map.length; c++) {
            assertEquals(c, map[map[c]]);
            assertEquals(map[c], ShapesDvsClass.reversedClassOf(c));
        }
        assertTrue(ShapesDvsClass.CIRCLE_PULSING.selfReversed());
        assertEquals(map.length, EventDatasets.timeReversedClasses(DatasetId.SHAPES_DVS).orElseThrow().length);
        assertTrue(EventDatasets.timeReversedClasses(DatasetId.CIFAR10_DVS).isEmpty());
    }

    /**
     * Played backwards, a right-moving square looks like a left-moving one (ON events lead the motion),
     * and an expanding circle like a shrinking one (events move inwards over time).
     */
    @Test
    void reversedSamplesLookLikeTheirPartnerClass() {
        EventCameraSimulator camera = new EventCameraSimulator(ShapesScene.SENSOR, CameraModel.DEFAULT, 1);
        for (int seed = 0; seed < 8; seed++) {
            Events right = record(camera, ShapesDvsClass.SQUARE_RIGHT, seed);
            Events left = record(camera, ShapesDvsClass.SQUARE_LEFT, seed);
            assertTrue(onMinusOffX(right) > 1, "ON edge leads a right-moving square");
            assertTrue(onMinusOffX(left) < -1);
            assertTrue(onMinusOffX(right.reversed()) < -1, "reversed right = left");
            assertTrue(xVersusTime(right) > 0.3 && xVersusTime(left) < -0.3 && xVersusTime(right.reversed()) < -0.3);
            Events grow = record(camera, ShapesDvsClass.CIRCLE_EXPANDING, seed);
            assertTrue(radiusVersusTime(grow) > 0.3);
            assertTrue(radiusVersusTime(grow.reversed()) < -0.3);
            assertTrue(radiusVersusTime(record(camera, ShapesDvsClass.CIRCLE_SHRINKING, seed)) < -0.3);
        }
    }

    private static Events record(EventCameraSimulator camera, ShapesDvsClass kind, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return camera.record(new ShapesScene(kind, rng), ShapesScene.DURATION_MICROS, ShapesScene.STEPS, rng);
    }

    private static double onMinusOffX(Events e) {
        double on = 0;
        double off = 0;
        int nOn = 0;
        int nOff = 0;
        for (int i = 0; i < e.size(); i++) {
            if (e.p(i) == 1) {
                on += e.x(i);
                nOn++;
            } else {
                off += e.x(i);
                nOff++;
            }
        }
        return on / nOn - off / nOff;
    }

    private static double xVersusTime(Events e) {
        double[] t = new double[e.size()];
        double[] x = new double[e.size()];
        for (int i = 0; i < e.size(); i++) {
            t[i] = e.t(i);
            x[i] = e.x(i);
        }
        return correlation(t, x);
    }

    private static double radiusVersusTime(Events e) {
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < e.size(); i++) {
            cx += e.x(i);
            cy += e.y(i);
        }
        cx /= e.size();
        cy /= e.size();
        double[] t = new double[e.size()];
        double[] r = new double[e.size()];
        for (int i = 0; i < e.size(); i++) {
            t[i] = e.t(i);
            r[i] = Math.hypot(e.x(i) - cx, e.y(i) - cy);
        }
        return correlation(t, r);
    }

    private static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
