/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.metrics;

import dev.snn4j.Snn4jException;

/**
 * Energy per operation, by default the 45 nm CMOS figures SNN papers use (Horowitz, 2014): 4.6 pJ
 * for a 32-bit float multiply-accumulate, 0.9 pJ for an accumulate.
 */
public record EnergyModel(double macPicojoules, double acPicojoules) {

    public static final EnergyModel DEFAULT = new EnergyModel(4.6, 0.9);

    public EnergyModel {
        if (!(macPicojoules >= 0) || !(acPicojoules >= 0) || Double.isInfinite(macPicojoules) || Double.isInfinite(acPicojoules)) {
            throw new Snn4jException("mac_pj and `ac_pj`: expected finite energies >= 0, found " + macPicojoules + " and " + acPicojoules);
        }
    }

    /** Microjoules for the given operation counts. */
    public double microjoules(double macs, double accumulates) {
        return (macs * macPicojoules + accumulates * acPicojoules) * 1e-6;
    }
}
