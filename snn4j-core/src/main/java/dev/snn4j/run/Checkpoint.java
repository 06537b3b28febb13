/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.AtomicFiles;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.train.optim.ParameterOptimizer;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The state a run needs to continue after its last finished epoch, in one file written atomically
 * after every epoch: model parameters (batch-norm statistics included), optimiser state and the
 * epoch. The data order and every random draw are functions of (seed, epoch), so nothing else is
 * needed for a resumed run to continue exactly as an uninterrupted one would have.
 *
 * <p>Format: "SNN4JCKP", int version, int length + UTF-8 JSON ({@code epoch},
 * {@code optimizer_steps}), the model's parameters in DJL's block format, the optimiser state as
 * a DJL-encoded NDList.
 */
public final class Checkpoint {

    public static final String FILE = "checkpoint.bin";
    private static final byte[] MAGIC = "SNN4JCKP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private Checkpoint() {}

    public static void write(Path file, int epoch, SpikingModel net, ParameterOptimizer optimizer, NDManager manager) {
        ObjectNode meta = Json.mapper().createObjectNode();
        meta.put("epoch", epoch);
        meta.put("optimizer_steps", optimizer.steps());
        byte[] json = meta.toString().getBytes(StandardCharsets.UTF_8);
        try (NDManager scope = manager.newSubManager()) {
            byte[] state = optimizer.exportState(scope).encode();
            AtomicFiles.write(file, out -> {
                DataOutputStream data = new DataOutputStream(out);
                data.write(MAGIC);
                data.writeInt(VERSION);
                data.writeInt(json.length);
                data.write(json);
                net.saveParameters(data);
                data.writeInt(state.length);
                data.write(state);
                data.flush();
            });
        }
    }

    /**
     * Restores model and optimiser from {@code file}.
     *
     * @return the last finished epoch stored in the checkpoint
     */
    public static int restore(Path file, SpikingModel net, ParameterOptimizer optimizer, NDManager manager) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                DataInputStream data = new DataInputStream(in)) {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new Snn4jException(file + ": expected a snn4j checkpoint (magic SNN4JCKP), found other bytes at offset 0");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new Snn4jException(file + ": expected checkpoint version " + VERSION + ", found " + version);
            }
            int length = data.readInt();
            if (length < 2 || length > 1 << 20) {
                throw new Snn4jException(file + ": corrupt checkpoint header at offset 12 (length " + length + ")");
            }
            byte[] json = new byte[length];
            data.readFully(json);
            JsonNode meta = Json.mapper().readTree(json);
            net.loadParameters(manager, data);
            // loaded arrays are plain arrays: make the trainable ones collect gradients again
            for (var p : net.getParameters().values()) {
                if (p.requiresGradient()) {
                    p.getArray().setRequiresGradient(true);
                }
            }
            int stateLength = data.readInt();
            if (stateLength < 0 || stateLength > Files.size(file)) {
                throw new Snn4jException(file + ": corrupt checkpoint: optimiser state of " + stateLength + " bytes");
            }
            byte[] state = new byte[stateLength];
            data.readFully(state);
            try (NDManager scope = manager.newSubManager()) {
                optimizer.importState(NDList.decode(scope, state), manager, file.toString());
            }
            return meta.get("epoch").asInt();
        } catch (IOException | MalformedModelException | RuntimeException e) {
            if (e instanceof Snn4jException s) {
                throw s;
            }
            throw new Snn4jException(file + ": cannot read checkpoint: " + e.getMessage(), e);
        }
    }
}
