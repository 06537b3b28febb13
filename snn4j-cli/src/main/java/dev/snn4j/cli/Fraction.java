/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.eval.AdversarialAttack;
import picocli.CommandLine;

/** Parses numbers written as fractions, e.g. {@code 8/255}, as SNN papers state attack budgets. */
final class Fraction implements CommandLine.ITypeConverter<Double> {

    @Override
    public Double convert(String text) {
        try {
            return AdversarialAttack.parsePixels(text);
        } catch (ArithmeticException e) {
            throw new CommandLine.TypeConversionException("expected a non-zero denominator, found '" + text + "'");
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("expected a number or a fraction like 8/255, found '" + text + "'");
        }
    }
}
