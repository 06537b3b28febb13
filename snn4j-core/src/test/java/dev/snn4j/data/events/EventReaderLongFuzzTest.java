/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The long fuzz run: 100,000 mutated valid files per format, excluded from the default test run
 * (tag "fuzz"). Run with
 * {@code mvn -B test -Dtest=EventReaderLongFuzzTest -Dsurefire.excludedGroups=none}; it prints
 * how many inputs each reader read or refused and its slowest input.
 */
@Tag("fuzz")
class EventReaderLongFuzzTest {

    static final int TRIES = 100_000;

    @Provide
    Arbitrary<List<FuzzTargets.Mutation>> mutations() {
        return FuzzTargets.mutations();
    }

    @Property(tries = TRIES)
    void aedat2(@ForAll long seed, @ForAll("mutations") List<FuzzTargets.Mutation> m) {
        FuzzTargets.check(FuzzTargets.Format.AEDAT2, FuzzTargets.input(FuzzTargets.Format.AEDAT2, seed, m));
    }

    @Property(tries = TRIES)
    void aedat3(@ForAll long seed, @ForAll("mutations") List<FuzzTargets.Mutation> m) {
        FuzzTargets.check(FuzzTargets.Format.AEDAT3, FuzzTargets.input(FuzzTargets.Format.AEDAT3, seed, m));
    }

    @Property(tries = TRIES)
    void atis(@ForAll long seed, @ForAll("mutations") List<FuzzTargets.Mutation> m) {
        FuzzTargets.check(FuzzTargets.Format.ATIS, FuzzTargets.input(FuzzTargets.Format.ATIS, seed, m));
    }

    @Property(tries = TRIES)
    void npy(@ForAll long seed, @ForAll("mutations") List<FuzzTargets.Mutation> m) {
        FuzzTargets.check(FuzzTargets.Format.NPY, FuzzTargets.input(FuzzTargets.Format.NPY, seed, m));
    }

    @Property(tries = TRIES)
    void npz(@ForAll long seed, @ForAll("mutations") List<FuzzTargets.Mutation> m) {
        FuzzTargets.check(FuzzTargets.Format.NPZ, FuzzTargets.input(FuzzTargets.Format.NPZ, seed, m));
    }

    @AfterContainer
    static void report() {
        System.out.println("event reader fuzz (long):" + FuzzTargets.report());
    }
}
