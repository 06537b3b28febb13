/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Settings files are read strictly: nothing is coerced, guessed or silently dropped (issue 12). */
class StrictConfigTest {

    /** Words of Jackson's that must never reach a user. */
    private static final List<String> INTERNALS = List.of("FAIL_ON", "REDACTED", "Source:", "CoercionConfig", "`int`",
            "DeserializationFeature", "java.", "com.fasterxml");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            c.yaml | epochs: 2.7                          | epochs: expected an integer, found 2.7
            c.yaml | timesteps: 2.99                      | timesteps: expected an integer, found 2.99
            c.yaml | epochs: 3.0                          | epochs: expected an integer, found 3.0
            c.yaml | epochs: "3"                          | epochs: expected an integer, found '3' (a string)
            c.json | {"epochs": 2.5}                      | epochs: expected an integer, found 2.5
            c.yaml | epochs: null                         | epochs: expected an integer, found null
            c.yaml | epochs:                              | epochs: expected an integer, found null
            c.yaml | lr: fast                             | lr: expected a number, found 'fast' (a string)
            c.yaml | skip_bad_files: "yes"                | skip_bad_files: expected true or false, found 'yes' (a string)
            c.yaml | epochs: 99999999999                  | epochs: expected an integer from -2147483648 to 2147483647, found 99999999999
            c.yaml | epoch: 3                             | unknown key 'epoch' (expected one of
            c.yaml | epochs: 1\\nepochs: 2                 | cannot parse: line 2, column
            c.json | {"epochs": 1, "epochs": 2}           | cannot parse: line 1, column
            c.yaml | epochs: 1\\n---\\nepochs: 2\\n          | expected one YAML document, found more after line
            c.json | {"epochs": 1} {"epochs": 2}          | expected one JSON object, found more after line 1
            c.json | {"epochs": 1,                        | cannot parse: line 1, column
            c.json | ~~                                     | expected a mapping of settings, found an empty file
            c.yaml | - epochs: 1                          | expected a mapping of settings, found a list
            c.yaml | neuron: if\\ntau: 3                   | tau: expected 2.0, the default (if has no leak and never uses tau), found 3.0
            c.yaml | soft_reset: true\\nv_reset: 0.5       | v_reset: expected 0.0, the default (soft_reset subtracts the threshold and never uses v_reset), found 0.5
            """)
    void badSettingsFilesAreOneLineInUsersTerms(String name, String content, String expected, @TempDir Path dir) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content.replace("\\n", "\n"));
        Snn4jException e = assertThrows(Snn4jException.class, () -> ConfigFiles.readTrainConfig(file));
        String message = e.getMessage();
        assertTrue(message.startsWith(file + ": "), message);
        assertTrue(message.contains(expected), "expected '" + expected + "' in: " + message);
        assertEquals(-1, message.indexOf('\n'), message);
        for (String word : INTERNALS) {
            assertFalse(message.contains(word), word + " in: " + message);
        }
        if (expected.startsWith("cannot parse: line")) {
            assertTrue(message.contains("duplicate key 'epochs'") || content.endsWith(","), message);
        }
    }

    /** A big file is refused from its size, before a byte of it is parsed. */
    @Test
    void anOversizedFileIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "# " + "x".repeat(60) + "\n" + ("a: [" + "1, ".repeat(100_000) + "1]\n").repeat(20));
        long start = System.nanoTime();
        Snn4jException e = assertThrows(Snn4jException.class, () -> ConfigFiles.readTree(file));
        assertTrue((System.nanoTime() - start) / 1e9 < 1, "refused in under a second");
        assertEquals(String.format(java.util.Locale.ROOT, "%s: expected a settings file of at most 262,144 bytes, found %,d bytes",
                file, Files.size(file)), e.getMessage());
    }

    /** A FIFO would block a reader forever; a folder is no file. Both are refused without reading. */
    @Test
    void onlyRegularFilesAreRead(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("config.yaml");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Snn4jException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(Snn4jException.class, () -> ConfigFiles.readTree(fifo)));
        assertEquals(fifo + ": expected a regular file (a settings file), found not a regular file (a FIFO, socket or device)",
                e.getMessage());
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        e = assertThrows(Snn4jException.class, () -> ConfigFiles.readTree(folder));
        assertEquals(folder + ": expected a regular file (a settings file), found a folder", e.getMessage());
        e = assertThrows(Snn4jException.class, () -> ConfigFiles.readTree(dir.resolve("missing.yaml")));
        assertEquals(dir.resolve("missing.yaml") + ": no such file", e.getMessage());
    }

    /** A run folder's config.json given to --config is a saved config: a missing key is named, not defaulted. */
    @Test
    void aSavedConfigWithAMissingKeyNamesIt(@TempDir Path dir) throws Exception {
        ObjectNode root = Json.mapper().createObjectNode();
        ObjectNode saved = TrainConfig.defaults().toBuilder().data(d -> d.trainLimit(500)).build().toJson();
        saved.remove("train_limit");
        root.set("config", saved);
        root.putObject("provenance").put("snn4j_version", "0.1.0");
        Path file = dir.resolve("config.json");
        Files.writeString(file, root.toString());
        Snn4jException e = assertThrows(Snn4jException.class, () -> ConfigFiles.readTrainConfig(file));
        assertEquals(file + ": expected the setting 'train_limit' in a saved run's config, found none (the file was edited or is"
                + " damaged)", e.getMessage());
        // keys added by later versions take the value earlier versions used
        saved.put("train_limit", 500);
        saved.remove("neuron_params");
        Files.writeString(file, root.toString());
        TrainConfig config = ConfigFiles.readTrainConfig(file);
        assertEquals(500, config.data().trainLimit());
        assertEquals(java.util.Map.of(), config.neuron().neuronParams());
    }

    /** Run folders record NaN where a measurement has none (as Jackson writes it): that still reads back. */
    @Test
    void nanAsJacksonWritesItStillReads() throws Exception {
        assertTrue(Double.isNaN(Json.mapper().readValue(Json.mapper().writeValueAsString(Double.NaN), double.class)));
        assertTrue(Double.isNaN(Json.mapper().readValue(Json.mapper().writeValueAsString(Double.NaN), Double.class)));
    }
}
