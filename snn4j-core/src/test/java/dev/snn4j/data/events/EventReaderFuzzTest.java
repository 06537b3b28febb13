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
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * A short fuzz pass of every reader, in the normal test run: 3,000 mutated valid files per format
 * must each be read sanely or refused with one clean line ({@link FuzzTargets#check}). The long run
 * (100,000 per format) is {@link EventReaderLongFuzzTest}.
 */
class EventReaderFuzzTest {

    static final int TRIES = 3_000;

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
        System.out.println("event reader fuzz (short):" + FuzzTargets.report());
    }
}
