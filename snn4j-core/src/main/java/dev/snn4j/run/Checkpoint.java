/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
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
 * a DJL-encoded NDList, (from version 3) the parameters trained besides the model's (int count,
 * then per parameter its name in modified UTF-8 and its DJL-encoded array with its length), and
 * (from version 2) a CRC-32C trailer over all of it ({@link Checksums}), verified before anything
 * is read. Version 1 and 2 checkpoints still load.
 */
public final class Checkpoint {

    public static final String FILE = "checkpoint.bin";
    private static final byte[] MAGIC = "SNN4JCKP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 3;
    private static final int FIRST_CHECKSUMMED = 2;
    /** Version 3 adds the parameters trained besides the model's after the optimiser state. */
    private static final int FIRST_WITH_EXTRA = 3;

    private Checkpoint() {}

    public static void write(Path file, int epoch, SpikingModel net, ParameterOptimizer optimizer, NDManager manager) {
        write(file, epoch, net, new PairList<>(), optimizer, manager);
    }

    /**
     * Writes a checkpoint that also holds {@code extra}: parameters trained besides the model's
     * (an objective's, such as TRT's auxiliary star head), by name.
     */
    public static void write(Path file, int epoch, SpikingModel net, PairList<String, Parameter> extra, ParameterOptimizer optimizer,
            NDManager manager) {
        ObjectNode meta = Json.mapper().createObjectNode();
        meta.put("epoch", epoch);
        meta.put("optimizer_steps", optimizer.steps());
        byte[] json = meta.toString().getBytes(StandardCharsets.UTF_8);
        try (NDManager scope = manager.newSubManager()) {
            byte[] state = optimizer.exportState(scope).encode();
            AtomicFiles.write(file, out -> {
                CheckedOutputStream checked = new CheckedOutputStream(out, new CRC32C());
                DataOutputStream data = new DataOutputStream(checked);
                data.write(MAGIC);
                data.writeInt(VERSION);
                data.writeInt(json.length);
                data.write(json);
                net.saveParameters(data);
                data.writeInt(state.length);
                data.write(state);
                data.writeInt(extra.size());
                for (Pair<String, Parameter> p : extra) {
                    byte[] array = p.getValue().getArray().encode();
                    data.writeUTF(p.getKey());
                    data.writeInt(array.length);
                    data.write(array);
                }
                data.flush();
                out.write(Checksums.trailer((int) checked.getChecksum().getValue()).array());
            });
        }
    }

    /**
     * Restores model and optimiser from {@code file}.
     *
     * @return the last finished epoch stored in the checkpoint
     */
    public static int restore(Path file, SpikingModel net, ParameterOptimizer optimizer, NDManager manager) {
        return restore(file, net, optimizer, manager, extra -> {
            if (!extra.isEmpty()) {
                throw new Snn4jException(file + ": holds parameters besides the model's (" + extra.keySet()
                        + "), expected a checkpoint of the model alone");
            }
        });
    }

    /**
     * Restores model and optimiser from {@code file} and gives the parameters trained besides the
     * model's (see {@link #write(Path, int, SpikingModel, PairList, ParameterOptimizer, NDManager)}),
     * by name, in {@code manager}, to {@code extra} (an empty map for a checkpoint without them).
     *
     * @return the last finished epoch stored in the checkpoint
     */
    public static int restore(Path file, SpikingModel net, ParameterOptimizer optimizer, NDManager manager,
            Consumer<Map<String, NDArray>> extra) {
        Checksums.Seal seal = Checksums.verify(file, "a checkpoint");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                DataInputStream data = new DataInputStream(in)) {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new Snn4jException(file + ": expected a snn4j checkpoint (magic SNN4JCKP), found other bytes at offset 0");
            }
            int version = data.readInt();
            if (version < 1 || version > VERSION) {
                throw new Snn4jException(file + ": expected checkpoint version 1 to " + VERSION + ", found " + version);
            }
            if (version >= FIRST_CHECKSUMMED && seal != Checksums.Seal.VERIFIED) {
                throw new Snn4jException(file + ": expected a checkpoint ending in its CRC-32C, found none: the file is truncated");
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
            Map<String, NDArray> arrays = new LinkedHashMap<>();
            if (version >= FIRST_WITH_EXTRA) {
                int count = data.readInt();
                if (count < 0 || count > 1024) {
                    throw new Snn4jException(file + ": corrupt checkpoint: " + count + " extra parameters");
                }
                for (int i = 0; i < count; i++) {
                    String name = data.readUTF();
                    int size = data.readInt();
                    if (size < 0 || size > Files.size(file)) {
                        throw new Snn4jException(file + ": corrupt checkpoint: parameter " + name + " of " + size + " bytes");
                    }
                    byte[] bytes = new byte[size];
                    data.readFully(bytes);
                    arrays.put(name, NDArray.decode(manager, bytes));
                }
            }
            extra.accept(arrays);
            return meta.get("epoch").asInt();
        } catch (IOException | MalformedModelException | RuntimeException e) {
            if (e instanceof Snn4jException s) {
                throw s;
            }
            throw new Snn4jException(file + ": cannot read checkpoint: " + problem(e), e);
        }
    }

    /** Why reading a binary file failed, in words: an early end is a truncated file, never "null". */
    static String problem(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.io.EOFException) {
                return "the file ends early (truncated)";
            }
        }
        if (e instanceof IOException io) {
            return Json.problem(io);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
