/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a run asks of a dataset.
 *
 * @param id which dataset
 * @param dataDir {@code --data DIR}, or {@code null} to search the usual places
 * @param env environment variables ({@code SNN4J_DATA}, {@code SNN4J_CACHE})
 * @param augment training augmentations
 * @param timesteps T, for datasets that integrate events into T frames
 * @param seed the run's seed; data never depends on it (see {@link EventDataOptions#dataSeed()})
 * @param frames how event datasets integrate events into frames
 * @param events the data seed and generated sizes of the generated datasets (nfmnist, shapes-dvs, and
 *     shapes3d too), and the seed of snn4j-made splits and of ModelNet's surface sampling
 * @param statics image size, points per cloud, bad-file handling and decoding threads of the static
 *     datasets (CIFAR, image folders, point clouds)
 */
public record DatasetRequest(DatasetId id, Path dataDir, Map<String, String> env, Set<Augmentation> augment,
        int timesteps, long seed, FrameOptions frames, EventDataOptions events, StaticDataOptions statics) {

    public DatasetRequest {
        Objects.requireNonNull(id, "id");
        augment = Set.copyOf(augment);
        env = Map.copyOf(env);
        Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(statics, "statics");
        if (timesteps < 1) {
            throw Problems.error("timesteps: expected an integer >= 1, found " + timesteps);
        }
    }

    /** A request with {@link StaticDataOptions#DEFAULT}. */
    public DatasetRequest(DatasetId id, Path dataDir, Map<String, String> env, Set<Augmentation> augment,
            int timesteps, long seed, FrameOptions frames, EventDataOptions events) {
        this(id, dataDir, env, augment, timesteps, seed, frames, events, StaticDataOptions.DEFAULT);
    }

    /** A request with {@link FrameOptions#DEFAULT}, {@link EventDataOptions#DEFAULT} and {@link StaticDataOptions#DEFAULT}. */
    public DatasetRequest(DatasetId id, Path dataDir, Map<String, String> env, Set<Augmentation> augment,
            int timesteps, long seed) {
        this(id, dataDir, env, augment, timesteps, seed, FrameOptions.DEFAULT, EventDataOptions.DEFAULT);
    }

    public DatasetRequest withFrames(FrameOptions newFrames) {
        return new DatasetRequest(id, dataDir, env, augment, timesteps, seed, newFrames, events, statics);
    }

    public DatasetRequest withEvents(EventDataOptions newEvents) {
        return new DatasetRequest(id, dataDir, env, augment, timesteps, seed, frames, newEvents, statics);
    }

    public DatasetRequest withStatics(StaticDataOptions newStatics) {
        return new DatasetRequest(id, dataDir, env, augment, timesteps, seed, frames, events, newStatics);
    }

    public DatasetRequest withAugment(Set<Augmentation> newAugment) {
        return new DatasetRequest(id, dataDir, env, newAugment, timesteps, seed, frames, events, statics);
    }
}
