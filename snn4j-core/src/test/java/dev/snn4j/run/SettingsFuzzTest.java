/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The config reader and the run folder reader on mutated valid files: {@value #TRIES} inputs each in
 * the default run; {@link SettingsLongFuzzTest} runs 100,000.
 */
class SettingsFuzzTest {

    static final int TRIES = 2_000;

    @Property(tries = TRIES)
    void yamlConfig(@ForAll long seed) throws Exception {
        config("c.yaml", seed);
    }

    @Property(tries = TRIES)
    void jsonConfig(@ForAll long seed) throws Exception {
        config("c.json", seed);
    }

    @Property(tries = TRIES)
    void runFolder(@ForAll long seed) throws Exception {
        checkRunFolder(seed);
    }

    static void config(String name, long seed) throws Exception {
        Path dir = Files.createTempDirectory("snn4j-fuzz");
        try {
            SettingsFuzz.checkConfig(dir, name, SettingsFuzz.mutate(SettingsFuzz.CONFIGS.get(name).getBytes(StandardCharsets.UTF_8), seed));
        } finally {
            RunFolder.deleteRecursively(dir);
        }
    }

    static void checkRunFolder(long seed) throws Exception {
        Path dir = Files.createTempDirectory("snn4j-fuzz");
        try {
            byte[] marker = SettingsFuzz.MARKER.getBytes(StandardCharsets.UTF_8);
            byte[] metrics = "{\"schema_version\": 1, \"method\": \"baseline\", \"epochs\": [], \"final\": {}}".getBytes(StandardCharsets.UTF_8);
            SettingsFuzz.checkRunFolder(dir.resolve("run"), seed % 2 == 0 ? SettingsFuzz.mutate(marker, seed) : marker,
                    SettingsFuzz.mutate(metrics, seed));
        } finally {
            RunFolder.deleteRecursively(dir);
        }
    }

    @AfterContainer
    static void report() {
        System.out.println("settings fuzz:" + SettingsFuzz.report());
    }
}
