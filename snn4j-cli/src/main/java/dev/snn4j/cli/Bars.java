/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on stderr: redrawn in place on a terminal; in a log (CI, a pipe) a plain line every
 * ten seconds instead of carriage returns.
 */
final class Bars {

    private static final boolean TERMINAL = System.console() != null;
    private static final int LOG_WIDTH = 140;

    private Bars() {}

    static ProgressBar open(String task, long steps, String unit, PrintWriter err) {
        ProgressBarConsumer consumer =
                TERMINAL
                        ? new ConsoleProgressBarConsumer(System.err)
                        : new DelegatingProgressBarConsumer(line -> {
                            err.println(line.stripTrailing());
                            err.flush();
                        }, LOG_WIDTH);
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(unit, 1)
                .setUpdateIntervalMillis(TERMINAL ? 250 : 10_000)
                .setConsumer(consumer)
                .build();
    }
}
