/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.ArraySamples;
import dev.snn4j.model.TinyModels;
import dev.snn4j.run.Checkpoint;
import dev.snn4j.run.RunFolder;
import dev.snn4j.run.SavedModel;
import dev.snn4j.run.TrainResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameters and checkpoints carry a CRC-32C: a flipped byte is one line naming the file, never a silent load. */
class ChecksumTest {

    private static final List<String> CLASSES = List.of("dark", "medium", "bright");
    private static final ArraySamples TRAIN = SnnTrainingTest.data(48, 1);
    private static final ArraySamples TEST = SnnTrainingTest.data(16, 2);

    /** Trains 2 epochs; {@code stopAfterFirst} stops it after epoch 1 as a kill would (checkpoint kept). */
    private static TrainResult train(Path dir, boolean resume, boolean stopAfterFirst) {
        try (Model model = Model.newInstance("tiny")) {
            model.setBlock(TinyModels.cnn(2, 3));
            TrainingListener stop = new TrainingListener() {
                @Override
                public void onEpochEnd(dev.snn4j.run.EpochMetrics metrics) {
                    if (stopAfterFirst) {
                        throw new IllegalStateException("killed");
                    }
                }
            };
            TrainResult result = SnnTraining.builder().setModel(model).setData(TRAIN, TEST).optEpochs(2).optBatchSize(16)
                    .optListener(stop).optRunFolder(dir).optResume(resume).build().fit();
            SavedModel.save(model, dir.resolve("saved"), CLASSES, null);
            return result;
        }
    }

    private static Path killedRun(Path dir) {
        assertThrows(IllegalStateException.class, () -> train(dir, false, true));
        assertTrue(Files.isRegularFile(dir.resolve(Checkpoint.FILE)));
        return dir;
    }

    @Test
    void aFlippedCheckpointByteIsOneLineNamingTheFile(@TempDir Path tmp) throws Exception {
        Path run = killedRun(tmp.resolve("run"));
        Path checkpoint = run.resolve(Checkpoint.FILE);
        byte[] good = Files.readAllBytes(checkpoint);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        Files.write(checkpoint, flipped);
        Snn4jException e = assertThrows(Snn4jException.class, () -> train(run, true, false));
        assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(checkpoint.toString())
                + ": expected a checkpoint with CRC-32C [0-9a-f]{8} \\(recorded in the file\\), found [0-9a-f]{8}: the file is damaged"),
                e.getMessage());

        Files.write(checkpoint, Arrays.copyOf(good, good.length - 5)); // the trailer cut off
        e = assertThrows(Snn4jException.class, () -> train(run, true, false));
        assertEquals(checkpoint + ": expected a checkpoint ending in its CRC-32C, found none: the file is truncated", e.getMessage());

        // a version 1 checkpoint (before checksums): no trailer, and it still resumes
        byte[] v1 = Arrays.copyOf(good, good.length - 12);
        ByteBuffer.wrap(v1, 8, 4).putInt(1);
        Files.write(checkpoint, v1);
        TrainResult resumed = train(run, true, false);
        assertEquals(2, resumed.history().size());
    }

    @Test
    void aFlippedParameterByteIsOneLineNamingTheFile(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        train(dir, false, false);
        for (Path saved : List.of(dir, dir.resolve("saved"))) {
            Path params = saved.resolve(RunFolder.PARAMS);
            byte[] good = Files.readAllBytes(params);
            assertEquals("SNN4JC32", new String(good, good.length - 12, 8, java.nio.charset.StandardCharsets.US_ASCII));
            load(saved).close();

            byte[] flipped = good.clone();
            flipped[good.length - 40] ^= 0x01; // one bit of the last weights
            Files.write(params, flipped);
            Snn4jException e = assertThrows(Snn4jException.class, () -> load(saved));
            assertTrue(e.getMessage().startsWith(params + ": expected model parameters with CRC-32C "), e.getMessage());
            assertTrue(e.getMessage().endsWith(": the file is damaged"), e.getMessage());

            Files.write(params, Arrays.copyOf(good, good.length / 2));
            e = assertThrows(Snn4jException.class, () -> load(saved));
            assertEquals(params + ": cannot load the parameters of model tiny-cnn: the file ends early (truncated) (the file is"
                    + " truncated or damaged, or holds another model's parameters)", e.getMessage());

            Files.write(params, Arrays.copyOf(good, good.length - 12)); // written before checksums: loads unverified
            load(saved).close();
            Files.write(params, good);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    private static SavedModel load(Path dir) throws IOException {
        return SavedModel.load(dir, "cpu", spec -> TinyModels.cnn(2, 3));
    }
}
