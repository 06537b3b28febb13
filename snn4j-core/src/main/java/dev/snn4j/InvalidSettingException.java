/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

/**
 * A setting with a value it cannot take, named by its key as config files and the Java API name it
 * ({@code batch_size}, {@code tau}, {@code trt_alpha}): "batch_size: expected an integer >= 1, found
 * 0". The command line shows the same message with the key's flag ({@code --batch-size}); a config
 * file's reader puts the file's name in front.
 */
public class InvalidSettingException extends Snn4jException {

    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param key the setting, e.g. {@code batch_size}
     * @param problem what was expected and found, e.g. {@code expected an integer >= 1, found 0}
     */
    public InvalidSettingException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    /** The setting's key, e.g. {@code batch_size}. */
    public String key() {
        return key;
    }

    /**
     * Throws "KEY: expected EXPECTED, found FOUND" unless {@code ok}.
     *
     * @throws InvalidSettingException when {@code ok} is false
     */
    public static void require(boolean ok, String key, String expected, Object found) {
        if (!ok) {
            throw new InvalidSettingException(key, "expected " + expected + ", found " + found);
        }
    }
}
