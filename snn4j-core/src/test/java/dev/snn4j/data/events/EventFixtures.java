/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.DatasetId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Small copies of the real datasets' folder layouts, written with the test-side writers. */
final class EventFixtures {

    private EventFixtures() {}

    /** N-MNIST: Train/0..9 and Test/0..9 with {@code perClass} .bin files each. */
    static Path nmnist(Path dir, int trainPerClass, int testPerClass, long seed) throws IOException {
        Random rnd = new Random(seed);
        for (String split : new String[] {"Train", "Test"}) {
            int per = split.equals("Train") ? trainPerClass : testPerClass;
            for (int c = 0; c < 10; c++) {
                for (int i = 0; i < per; i++) {
                    Events e = EventTestFiles.random(rnd, SensorSize.N_MNIST, 200 + rnd.nextInt(200), 0, 500);
                    EventTestFiles.write(dir.resolve(split).resolve(Integer.toString(c)).resolve(String.format("%05d.bin", c * 100 + i)),
                            EventTestFiles.atis(e));
                }
            }
        }
        return dir;
    }

    /** CIFAR10-DVS: one folder per class of AEDAT 2.0 files (plus one SpikingJelly .npz in 'cat'). */
    static Path cifar10Dvs(Path dir, int perClass, long seed) throws IOException {
        Random rnd = new Random(seed);
        for (String cls : DatasetId.CIFAR10_DVS.classNames()) {
            for (int i = 0; i < perClass; i++) {
                Events e = EventTestFiles.random(rnd, SensorSize.DVS128, 300 + rnd.nextInt(300), 0, 300);
                EventTestFiles.write(dir.resolve(cls).resolve("cifar10_" + cls + "_" + i + ".aedat"),
                        EventTestFiles.aedat2(e, Dvs128Address.TRANSPOSED));
            }
        }
        Events e = EventTestFiles.random(rnd, SensorSize.DVS128, 250, 0, 300);
        EventTestFiles.write(dir.resolve("cat").resolve("cifar10_cat_npz.npz"), EventTestFiles.npz(e, true));
        return dir;
    }

    /** N-Caltech101: Caltech101/<class>/image_000N.bin for all 101 classes. */
    static Path ncaltech(Path dir, int perClass, long seed) throws IOException {
        Random rnd = new Random(seed);
        for (String cls : DatasetId.N_CALTECH101.classNames()) {
            for (int i = 1; i <= perClass; i++) {
                Events e = EventTestFiles.random(rnd, SensorSize.N_CALTECH101, 50 + rnd.nextInt(50), 0, 1000);
                EventTestFiles.write(dir.resolve("Caltech101").resolve(cls).resolve(String.format("image_%04d.bin", i)),
                        EventTestFiles.atis(e));
            }
        }
        return dir;
    }

    /**
     * DVS Gesture: {@code users} recordings of 11 gestures (1 s each, one per class), with label CSVs and
     * the trial lists (the last user is the test set).
     */
    static Path dvsGesture(Path dir, int users, long seed) throws IOException {
        Random rnd = new Random(seed);
        StringBuilder train = new StringBuilder();
        StringBuilder test = new StringBuilder();
        for (int u = 1; u <= users; u++) {
            String name = String.format("user%02d_fluorescent", u);
            Events e = EventTestFiles.random(rnd, SensorSize.DVS128, 12_000, 1_000_000, 200);
            EventTestFiles.write(dir.resolve(name + ".aedat"), EventTestFiles.aedat3(e, 4096));
            StringBuilder csv = new StringBuilder("class,startTime_usec,endTime_usec\r\n");
            long start = 1_050_000;
            for (int c = 1; c <= 11; c++) {
                csv.append(c).append(',').append(start).append(',').append(start + 100_000).append("\r\n");
                start += 100_000;
            }
            Files.writeString(dir.resolve(name + "_labels.csv"), csv, StandardCharsets.ISO_8859_1);
            (u == users ? test : train).append(name).append(".aedat\r\n");
        }
        Files.writeString(dir.resolve("trials_to_train.txt"), train);
        Files.writeString(dir.resolve("trials_to_test.txt"), test.append("\r\n"));
        return dir;
    }
}
