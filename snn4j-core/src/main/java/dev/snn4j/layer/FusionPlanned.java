/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import java.util.List;

/** A block that plans fused units inside itself (residual blocks, bodies): what it fuses, for inspection. */
public interface FusionPlanned {

    /** The fused units inside the block, named by their parts, e.g. {@code conv1 + sn1}. */
    List<String> fusedUnits();
}
