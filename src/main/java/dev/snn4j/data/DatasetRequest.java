package dev.snn4j.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What a run asks of a dataset.
 *
 * @param id which dataset
 * @param dataDir {@code --data DIR}, or {@code null} to search the usual places
 * @param env environment variables ({@code SNN4J_DATA})
 * @param augment training augmentations
 * @param timesteps T, for datasets that integrate events into T frames
 * @param seed for generated datasets and deterministic splits
 */
public record DatasetRequest(DatasetId id, Path dataDir, Map<String, String> env, Set<Augmentation> augment, int timesteps, long seed) {

    public DatasetRequest {
        augment = Set.copyOf(augment);
        env = Map.copyOf(env);
    }
}
