/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds NaN and infinite numbers in what a run records (Jackson writes them as the strings "NaN", "Infinity"). */
final class FiniteNumbers {

    private FiniteNumbers() {}

    /** The first NaN or infinite number in {@code node} ("epochs[1].asfr = NaN"), or null. */
    static String firstNonFinite(JsonNode node, String path) {
        if (node.isNumber() && !Double.isFinite(node.asDouble())) {
            return path + " = " + node.asDouble();
        }
        if (node.isTextual() && node.asText().matches("-?(NaN|Infinity)")) {
            return path + " = " + node.asText();
        }
        int i = 0;
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            String bad = firstNonFinite(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            if (bad != null) {
                return bad;
            }
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                String bad = firstNonFinite(item, path + "[" + i++ + "]");
                if (bad != null) {
                    return bad;
                }
            }
        }
        return null;
    }
}
