/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.Tag;

/**
 * The long fuzz run of the config and run folder readers: 100,000 mutated files each, excluded from
 * the default test run (tag "fuzz"). Run with
 * {@code mvn -B test -Dtest=SettingsLongFuzzTest -Dsurefire.excludedGroups=none}.
 */
@Tag("fuzz")
class SettingsLongFuzzTest {

    static final int TRIES = 100_000;

    @Property(tries = TRIES)
    void yamlConfig(@ForAll long seed) throws Exception {
        SettingsFuzzTest.config("c.yaml", seed);
    }

    @Property(tries = TRIES)
    void jsonConfig(@ForAll long seed) throws Exception {
        SettingsFuzzTest.config("c.json", seed);
    }

    @Property(tries = TRIES)
    void runFolder(@ForAll long seed) throws Exception {
        SettingsFuzzTest.checkRunFolder(seed);
    }

    @AfterContainer
    static void report() {
        System.out.println("settings fuzz (long):" + SettingsFuzz.report());
    }
}
