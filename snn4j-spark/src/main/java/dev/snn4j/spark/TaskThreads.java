/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.spark;

import ai.djl.engine.Engine;
import ai.djl.pytorch.engine.PtEngine;
import ai.djl.pytorch.jni.JniUtils;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task's thread, made ready for training. Its cores go to libtorch: {@code spark.task.cpus} becomes DJL's
 * {@code ai.djl.pytorch.num_threads} (libtorch's intra-op threads; inter-op threads 1), unless the
 * executor was started with its own. DJL reads them once, when the engine loads, so they hold for
 * the executor's JVM. The fused spiking kernels' Java work runs on the common fork-join pool, which
 * is sized by the processors the JVM sees: bounded by {@code -XX:ActiveProcessorCount} in
 * {@code spark.executor.extraJavaOptions}, and noted in the log when it is not.
 */
final class TaskThreads {

    static final String NUM_THREADS = "ai.djl.pytorch.num_threads";
    static final String NUM_INTEROP_THREADS = "ai.djl.pytorch.num_interop_threads";

    private static final Logger LOG = LoggerFactory.getLogger(TaskThreads.class);
    private static final AtomicBoolean NOTED = new AtomicBoolean();

    private TaskThreads() {}

    /**
     * Sets libtorch's threads for this task's cores where nothing set them, loads the engine, and
     * turns autograd off in this thread; notes what it cannot bound.
     */
    static void apply(TaskContext context, String device) {
        int cpus = context == null ? 1 : context.cpus();
        setIfUnset(NUM_THREADS, cpus);
        setIfUnset(NUM_INTEROP_THREADS, 1);
        if (Engine.getInstance() instanceof PtEngine) {
            // libtorch's grad mode belongs to a thread, and DJL turns it off only in the thread that loaded the
            // engine; snn4j's training turns it on inside its gradient collectors and expects it off elsewhere
            JniUtils.setGradMode(false);
        }
        if (!NOTED.compareAndSet(false, true)) {
            return;
        }
        int seen = Runtime.getRuntime().availableProcessors();
        if (seen > cpus) {
            LOG.warn(String.format(Locale.ROOT, "snn4j: this executor's JVM sees %d processors and a task has %d "
                    + "(spark.task.cpus): the fused spiking kernels' fork-join pool may use %d threads; "
                    + "add -XX:ActiveProcessorCount=%d to spark.executor.extraJavaOptions to bound it", seen, cpus, seen - 1, cpus));
        }
        ResourceInformation gpus = context == null ? null : context.resourcesJMap().get("gpu");
        if (gpus != null) {
            List<String> addresses = List.of(gpus.addresses());
            if (!addresses.contains("0") && (device.equals("auto") || device.equals("gpu"))) {
                LOG.warn("snn4j: the task was given GPU " + addresses + " but device '" + device + "' means the first GPU "
                        + "the executor sees; give each executor its own GPU (isolated by the cluster manager)");
            }
        }
    }

    private static void setIfUnset(String key, int value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, String.valueOf(value));
        }
    }
}
