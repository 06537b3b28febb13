/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What a spiking model does while it runs: firing rates per spiking layer, synaptic operations
 * per layer, an energy estimate from operation counts, and accuracy counting. Monitors attach to a
 * model and detach when closed; the model knows nothing of them.
 */
package dev.snn4j.metrics;
