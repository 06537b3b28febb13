/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12's classes of bad input, each as a user meets it on the command line: the exit code, one
 * line on stderr (usage errors: the first line, then the usage) that says what was expected, no
 * stack trace, and not one file changed anywhere under the test's folder.
 */
class BadInputCliTest {

    @TempDir
    static Path tmp;

    /** A finished tiny run, trained once; cases that damage it work on copies. */
    static Path run;

    private static final String[] TINY = {"--train-limit", "64", "--test-limit", "32", "--epochs", "1", "--batch-size", "32",
        "--timesteps", "2"};

    /** One case: a name, how to prepare it (returning the arguments), the exit code and the words of the message. */
    record Case(String name, Setup setup, int code, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Setup {
        String[] args(Path dir) throws Exception;
    }

    @BeforeAll
    static void trainOnce() throws Exception {
        run = tmp.resolve("trained");
        CliRun r = CliRun.run(concat(new String[] {"train", "--out", run.toString()}, TINY));
        assertEquals(0, r.code(), r.err());
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("float epochs in a config", d -> train("--config", file(d, "c.yaml", "epochs: 2.7\n")), 1,
                        "epochs: expected an integer, found 2.7"),
                new Case("float timesteps in a config", d -> train("--config", file(d, "c.yaml", "timesteps: 2.99\n")), 1,
                        "timesteps: expected an integer, found 2.99"),
                new Case("duplicate key", d -> train("--config", file(d, "c.yaml", "epochs: 1\nepochs: 2\n")), 1,
                        "duplicate key 'epochs'"),
                new Case("two YAML documents", d -> train("--config", file(d, "c.yaml", "epochs: 1\n---\nepochs: 2\n")), 1,
                        "expected one YAML document"),
                new Case("unknown key", d -> train("--config", file(d, "c.yaml", "epoch: 1\n")), 1, "unknown key 'epoch'"),
                new Case("null value", d -> train("--config", file(d, "c.yaml", "epochs:\n")), 1, "epochs: expected an integer, found null"),
                new Case("oversized config", d -> train("--config", file(d, "c.yaml", "# " + "x".repeat(300_000) + "\n")), 1,
                        "expected a settings file of at most 262,144 bytes"),
                new Case("FIFO as config", d -> train("--config", fifo(d)), 1, "expected a regular file (a settings file), found not a regular file"),
                new Case("folder as config", d -> train("--config", Files.createDirectories(d.resolve("c.yaml")).toString()), 1,
                        "found a folder"),
                new Case("saved config missing a key", d -> train("--config", savedConfigWithout(d, "train_limit")), 1,
                        "expected the setting '--train-limit' in a saved run's config, found none"),
                new Case("contradictory neuron settings", d -> train("--neuron", "if", "--tau", "3"), 2,
                        "--tau: expected 2.0, the default (if has no leak and never uses tau), found 3.0"),
                new Case("soft reset with v_reset", d -> train("--soft-reset", "--v-reset", "0.5"), 2,
                        "--v-reset: expected 0.0, the default (--soft-reset subtracts the threshold"),
                new Case("empty --out", d -> train("--out", ""), 2, "--out: expected a folder name, found an empty name"),
                new Case("user's folder as --out", d -> train("--out", userFolder(d).toString()), 1,
                        "that snn4j did not write; nothing was changed"),
                new Case("user's folder as --resume", d -> new String[] {"train", "--resume", userFolder(d).toString()}, 1,
                        "that snn4j did not write"),
                new Case("user's folder as eval --run", d -> new String[] {"eval", "--run", userFolder(d).toString()}, 1,
                        "that snn4j did not write"),
                new Case("user's folder as attack --run", d -> new String[] {"attack", "--run", userFolder(d).toString()}, 1,
                        "that snn4j did not write"),
                new Case("finished run as --out", d -> train("--out", run.toString()), 1, "found a finished run (it is never overwritten)"),
                new Case("finished run resumed", d -> new String[] {"train", "--resume", run.toString()}, 1,
                        "expected an unfinished run, found a finished one"),
                new Case("eval --batch-size 0", d -> new String[] {"eval", "--run", run.toString(), "--batch-size", "0"}, 2,
                        "--batch-size: expected an integer >= 1, found 0"),
                new Case("eval --test-limit -1", d -> new String[] {"eval", "--run", run.toString(), "--test-limit", "-1"}, 2,
                        "--test-limit: expected an integer >= 0 (0 = all), found -1"),
                new Case("flipped parameter byte", d -> new String[] {"eval", "--run", damaged(d, 40, false).toString()}, 1,
                        "expected model parameters with CRC-32C"),
                new Case("truncated parameters", d -> new String[] {"eval", "--run", damaged(d, 0, true).toString()}, 1,
                        "the file ends early (truncated)"),
                new Case("damaged run marker", d -> new String[] {"eval", "--run", damagedMarker(d).toString()}, 1,
                        "found a damaged one"),
                new Case("a 10^8-run grid", d -> new String[] {"experiment", "--config", file(d, "e.yaml",
                        "seeds: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\nlr: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
                                + "momentum: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]\n"
                                + "weight_decay: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\ntrt_alpha: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n"
                                + "trt_beta: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\ntrt_temperature: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
                                + "tau: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\nmethods: [trt]\n"), "--out", d.resolve("x").toString()}, 1,
                        "expected a grid of at most 10,000 runs, found 100,000,000"),
                new Case("an invalid grid cell", d -> new String[] {"experiment", "--config", file(d, "e.yaml", "lr: [0.1, -1]\n"),
                        "--out", d.resolve("x").toString()}, 1, "2 of 4 runs have invalid settings, the first: lr=-1/baseline-seed0: lr:"),
                new Case("a refused experiment rerun", d -> refusedRerun(d), 1, "that snn4j did not write"),
                new Case("T = 100000", d -> new String[] {"train", "-T", "100000", "--train-limit", "64", "--test-limit", "32",
                        "--out", d.resolve("huge").toString()}, 1, "error: memory: one training step needs at least 1,722.7 GB"
                                + " (--timesteps 100000 x --batch-size 64 x 72,256 activations per sample and step x 4 bytes), found"),
                new Case("eval --timesteps 10^6", d -> new String[] {"eval", "--run", run.toString(), "--timesteps", "1000000"}, 1,
                        "error: memory: building the model for 1000000 time steps needs at least 269.2 GB (--timesteps 1000000 x one"
                                + " sample x 72,256 activations per sample and step x 4 bytes), found"),
                new Case("eval --batch-size 10^8", d -> new String[] {"eval", "--run", run.toString(), "--batch-size", "100000000"}, 1,
                        "error: memory: one inference batch needs at least 18,692.0 GB (--timesteps 2 x --batch-size 100000000 x"
                                + " 25,088 activations of the largest stage per sample and step x 4 bytes), found"),
                new Case("attack --batch-size 10^7", d -> new String[] {"attack", "--run", run.toString(), "--batch-size", "10000000"}, 1,
                        "error: memory: one training step needs at least 5,383.5 GB (`timesteps` 2 x --batch-size 10000000 x 72,256"),
                new Case("bench -T 100000", d -> new String[] {"bench", "--model", "cnn3", "-T", "100000", "--steps", "1"}, 1,
                        "error: memory: one training step needs at least 1,722.7 GB (--timesteps 100000 x --batch-size 64 x 72,256"),
                new Case("event frames at T = 2000", d -> new String[] {"train", "--dataset", "nfmnist", "--model", "dvs-cnn", "-T", "2000",
                        "--out", d.resolve("frames").toString()}, 1, "error: memory: "), // the bound or the tensor limit, by the machine's memory
                new Case("a 2.6 GB tensor", d -> new String[] {"train", "--dataset", "nfmnist", "--model", "dvs-cnn", "-T", "300",
                        "--out", d.resolve("tensor").toString()}, 1, "error: memory: one layer's output for all steps of a batch is 2.6 GB"
                                + " (--timesteps 300 x --batch-size 64 x 36,992 values per sample and step x 4 bytes), over the 2 GB"),
                new Case("NaN loss", d -> new String[] {"train", "--lr", "1e30", "--train-limit", "320", "--test-limit", "32", "--epochs",
                        "1", "--timesteps", "2", "--batch-size", "32", "--out", d.resolve("nan").toString()}, 1, "training stopped at step"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsOneLineAndChangesNothing(Case c) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case-" + Math.abs(c.name().hashCode())));
        String[] args = c.setup().args(dir);
        Map<String, String> before = RunFolderSafetyCliTest.snapshot(tmp);
        CliRun r = CliRun.run(args);
        assertEquals(c.code(), r.code(), c.name() + ": " + r.err());
        List<String> lines = r.err().strip().lines()
                .filter(l -> !l.startsWith("data: ") && !l.startsWith("run folder: ") && !l.startsWith("epoch ")).toList(); // progress
        String message = lines.isEmpty() ? "" : lines.get(0);
        if (c.code() == 1) {
            assertEquals(1, lines.size(), c.name() + ": one line: " + r.err());
            assertTrue(message.startsWith("error: "), message);
        }
        assertTrue(message.contains(c.expected()), c.name() + ": expected '" + c.expected() + "' in: " + message);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), c.name() + ": no stack trace: " + r.err());
        Map<String, String> after = RunFolderSafetyCliTest.snapshot(tmp);
        if (c.name().equals("NaN loss")) { // the refused run's own folder is the one place written
            after.keySet().removeIf(k -> k.startsWith(dir.getFileName() + "/nan"));
        }
        assertEquals(before, after, c.name() + ": no file changed");
    }

    private static String[] train(String... args) {
        return concat(concat(new String[] {"train"}, TINY), args);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String file(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    private static String fifo(Path dir) throws Exception {
        Path fifo = dir.resolve("c.yaml");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        return fifo.toString();
    }

    private static Path userFolder(Path dir) throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine/.model-x"));
        Files.writeString(mine.resolveSibling("config.json"), "{\"my\": \"own\"}");
        Files.writeString(mine.resolveSibling("metrics.json"), "{}");
        Files.write(mine.resolveSibling("model-0000.params"), new byte[] {1, 2, 3});
        Files.writeString(mine.resolveSibling(".x.tmp"), "notes");
        return mine.getParent();
    }

    private static String savedConfigWithout(Path dir, String key) throws Exception {
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) dev.snn4j.Json.mapper().readTree(run.resolve("config.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("config")).remove(key);
        return file(dir, "config.json", root.toString());
    }

    private static Path copyOfRun(Path dir) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("run"));
        try (Stream<Path> files = Files.list(run)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static Path damaged(Path dir, int fromEnd, boolean truncate) throws IOException {
        Path copy = copyOfRun(dir);
        Path params = copy.resolve("model-0000.params");
        byte[] bytes = Files.readAllBytes(params);
        if (truncate) {
            bytes = Arrays.copyOf(bytes, bytes.length / 2);
        } else {
            bytes[bytes.length - fromEnd] ^= 0x01;
        }
        Files.write(params, bytes);
        return copy;
    }

    private static Path damagedMarker(Path dir) throws IOException {
        Path copy = copyOfRun(dir);
        Files.writeString(copy.resolve("snn4j-run.json"), "{\"format_version\": 1, \"run_");
        return copy;
    }

    /** An experiment whose run folder holds a user's files: refused before experiment.yaml is rewritten. */
    private static String[] refusedRerun(Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("exp"));
        Files.writeString(root.resolve("experiment.yaml"), "methods: [baseline]\nepochs: 7\n");
        Files.createDirectories(root.resolve("default/baseline-seed0"));
        Files.writeString(root.resolve("default/baseline-seed0/notes.txt"), "mine");
        return new String[] {"experiment", "--config", file(dir, "e.yaml", "methods: [baseline]\nepochs: 1\ntrain_limit: 64\n"),
            "--out", root.toString()};
    }
}
