/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.snn4j.Snn4jException;
import dev.snn4j.config.ConfigFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fuzz targets of the config reader and the run folder reader: valid files, mutated byte by byte
 * (flips, insertions, deletions, truncation, duplicated lines); every input must be read or refused
 * with one {@link Snn4jException} line in the user's terms, nothing else.
 */
final class SettingsFuzz {

    static final AtomicLong READ = new AtomicLong();
    static final AtomicLong REFUSED = new AtomicLong();

    private static final List<String> INTERNALS = List.of("FAIL_ON", "REDACTED", "Source:", "CoercionConfig", "com.fasterxml",
            "DeserializationFeature");

    static final Map<String, String> CONFIGS = Map.of(
            "c.yaml", "dataset: fashion-mnist\nmodel: cnn3\ntimesteps: 4\nepochs: 2\nbatch_size: 64\nlr: 0.1\nneuron: lif\n"
                    + "tau: 2.0\nsoft_reset: false\naugment: [crop, flip]\nneuron_params: {}\n",
            "c.json", "{\"dataset\": \"nfmnist\", \"model\": \"dvs-cnn\", \"timesteps\": 4, \"method\": \"trt\", \"trt_alpha\": 0.5,"
                    + " \"train_limit\": 500, \"skip_bad_files\": true}\n");

    static final String MARKER = "{\"format_version\": 1, \"run_id\": \"0b9b1d4e-5f6a-4c1e-9d8e-123456789abc\", \"created\":"
            + " \"2026-12-02T05:00:00Z\", \"snn4j_version\": \"0.1.0\", \"status\": \"running\"}\n";

    private SettingsFuzz() {}

    static byte[] mutate(byte[] valid, long seed) {
        Random random = new Random(seed);
        byte[] b = valid.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && b.length > 0; m++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> b[at] = (byte) "0123456789.-:{}[],\"' \n#!&*|>@%e".charAt(random.nextInt(31));
                case 2 -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, Math.min(b.length, at + 1 + random.nextInt(8)), b.length));
                case 3 -> b = Arrays.copyOf(b, at);
                case 4 -> {
                    byte[] insert = ("\n" + List.of("---", "epochs: 2.5", "epochs: 1", "x: &a [*a]", "lr: \"0.1\"", "timesteps: 99999999999",
                            "{", "]", "\u0000", "neuron: if").get(random.nextInt(10)) + "\n").getBytes(StandardCharsets.UTF_8);
                    b = concat(concat(Arrays.copyOf(b, at), insert), Arrays.copyOfRange(b, at, b.length));
                }
                default -> b = concat(b, Arrays.copyOfRange(b, 0, at)); // a repeated head: duplicate keys
            }
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A mutated settings file is read into a config, or refused in one line naming it. */
    static void checkConfig(Path dir, String name, byte[] content) {
        Path file = write(dir.resolve(name), content);
        try {
            ConfigFiles.readTrainConfig(file);
            READ.incrementAndGet();
        } catch (Snn4jException e) {
            oneLine(e, file);
        }
    }

    /** A run folder with a mutated marker and metrics.json: inspected, opened and refused for writing without surprise. */
    static void checkRunFolder(Path dir, byte[] marker, byte[] metrics) {
        write(dir.resolve(RunMarker.FILE), marker);
        write(dir.resolve(RunFolder.METRICS), metrics);
        write(dir.resolve(RunFolder.CONFIG), "{\"config\": {}}".getBytes(StandardCharsets.UTF_8));
        try {
            RunFolderState state = RunFolderState.inspect(dir);
            boolean finished = new RunFolder(dir).isFinished();
            assertEquals(state.finished(), finished);
            if (state.kind() == RunFolderState.Kind.RUN && !finished) {
                RunFolder.check(dir, false);
                READ.incrementAndGet();
            } else {
                try {
                    RunFolder.check(dir, false);
                    throw new AssertionError("a " + state.kind() + " folder (finished " + finished + ") was accepted for a new run");
                } catch (Snn4jException e) {
                    oneLine(e, null);
                }
            }
        } catch (Snn4jException e) {
            oneLine(e, null);
        }
    }

    private static void oneLine(Snn4jException e, Path file) {
        REFUSED.incrementAndGet();
        String message = e.getMessage();
        assertEquals(-1, message.indexOf('\n'), message);
        if (file != null && !message.startsWith(file.toString())) {
            throw new AssertionError("the message names the file: " + message);
        }
        for (String word : INTERNALS) {
            assertFalse(message.contains(word), word + " in: " + message);
        }
    }

    private static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String report() {
        return " " + READ.get() + " read, " + REFUSED.get() + " refused in one line";
    }
}
