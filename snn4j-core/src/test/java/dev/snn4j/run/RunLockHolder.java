/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import dev.snn4j.Snn4jException;
import java.nio.file.Path;

/**
 * Another process for {@link RunLockTest}: {@code hold DIR} claims the run, prints "claimed" and
 * keeps it until its standard input ends; {@code try DIR} claims and releases at once, exiting 0,
 * or exits 3 with the error line when the run is held.
 */
public final class RunLockHolder {

    private RunLockHolder() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("try")) {
            try (RunLock lock = RunLock.claim(dir)) {
                System.out.println("claimed");
            } catch (Snn4jException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
            return;
        }
        try (RunLock lock = RunLock.claim(dir)) {
            System.out.println("claimed");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test closes our standard input
            }
        }
    }
}
