/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import picocli.CommandLine;

/** Parses numbers written as fractions, e.g. {@code 8/255}, as SNN papers state attack budgets. */
final class Fraction implements CommandLine.ITypeConverter<Double> {

    @Override
    public Double convert(String text) {
        String t = text.trim();
        try {
            int slash = t.indexOf('/');
            if (slash < 0) {
                return Double.parseDouble(t);
            }
            double denominator = Double.parseDouble(t.substring(slash + 1));
            if (denominator == 0) {
                throw new CommandLine.TypeConversionException("expected a non-zero denominator, found '" + text + "'");
            }
            return Double.parseDouble(t.substring(0, slash)) / denominator;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("expected a number or a fraction like 8/255, found '" + text + "'");
        }
    }
}
