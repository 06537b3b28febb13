/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.run.RunFolder;
import java.nio.file.Path;

/**
 * Another writer of a run folder for {@link RunFolderSafetyCliTest}: {@code new DIR} claims DIR as a
 * new run (as {@code train} does), {@code existing DIR} claims a run (as {@code attack} does);
 * prints "claimed" and holds the claim until its standard input closes.
 */
public final class RunClaimHolder {

    private RunClaimHolder() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (RunFolder run = args[0].equals("new") ? RunFolder.create(dir) : RunFolder.claimExisting(dir)) {
            System.out.println("claimed");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test closes our standard input
            }
        }
    }
}
