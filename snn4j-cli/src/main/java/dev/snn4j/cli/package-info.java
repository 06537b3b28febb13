/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code snn4j} command line: picocli commands that parse flags into the core's settings and
 * call its API. Nothing else depends on this package.
 */
package dev.snn4j.cli;
