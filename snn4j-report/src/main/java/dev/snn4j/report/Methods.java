/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.util.Comparator;

/** Training method names as they appear in run folders, and the order the report shows them in. */
final class Methods {

    static final String BASELINE = "baseline";
    static final String TRT = "trt";

    /** baseline first, then trt, then any other method by name. */
    static final Comparator<String> ORDER = Comparator.comparingInt(Methods::rank).thenComparing(Comparator.naturalOrder());

    private Methods() {}

    private static int rank(String method) {
        return BASELINE.equals(method) ? 0 : TRT.equals(method) ? 1 : 2;
    }
}
