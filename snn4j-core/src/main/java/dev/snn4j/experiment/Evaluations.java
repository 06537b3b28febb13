/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Snn4jException;
import dev.snn4j.config.PreparedData;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.eval.AdversarialAttack;
import dev.snn4j.eval.AttackLog;
import dev.snn4j.eval.AttackMethod;
import dev.snn4j.eval.Evaluation;
import dev.snn4j.eval.LatencyLog;
import dev.snn4j.model.MemoryEstimate;
import dev.snn4j.run.RunFolder;
import dev.snn4j.run.SavedRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an experiment measures on each finished run besides its own evaluation: the test accuracy
 * at other numbers of time steps ({@code snn4j eval --timesteps T'}, into timesteps.json) and under
 * adversarial attacks ({@code snn4j attack}, into attacks.json). The experiment file's
 * {@code evaluate} mapping:
 *
 * <pre>
 * evaluate:
 *   timesteps: [1, 2]
 *   attacks:
 *     - {method: fgsm, epsilon: 8/255}
 *     - {method: pgd, epsilon: 8/255, steps: 7, step_size: 2/255}
 * </pre>
 *
 * An evaluation already recorded in the run folder (same T' and number of test samples; same
 * attack) is not repeated, so rerunning an experiment adds only what is missing, also to runs that
 * finished before the file asked for it.
 *
 * @param timesteps the T' to evaluate at, each at least 1
 * @param attacks the attacks to run (images only: event frames are not attacked)
 * @param batchSize the batch size of these evaluations
 */
public record Evaluations(List<Integer> timesteps, List<AdversarialAttack> attacks, int batchSize) {

    /** No evaluation besides the run's own. */
    public static final Evaluations NONE = new Evaluations(List.of(), List.of(), 64);

    private static final Set<String> KEYS = Set.of("timesteps", "attacks", "batch_size");
    private static final Set<String> ATTACK_KEYS = Set.of("method", "epsilon", "steps", "step_size", "seed");

    public Evaluations {
        timesteps = List.copyOf(timesteps);
        attacks = List.copyOf(attacks);
        for (int t : timesteps) {
            if (t < 1) {
                throw new Snn4jException("timesteps: expected integers >= 1, found " + t);
            }
        }
        if (batchSize < 1) {
            throw new Snn4jException("batch_size: expected an integer >= 1, found " + batchSize);
        }
    }

    /** True when there is nothing to do. */
    public boolean isEmpty() {
        return timesteps.isEmpty() && attacks.isEmpty();
    }

    /** The {@code evaluate} mapping of an experiment file (null: {@link #NONE}). */
    public static Evaluations parse(JsonNode node, String source) {
        if (node == null) {
            return NONE;
        }
        String where = source + ": evaluate";
        if (!node.isObject()) {
            throw new Snn4jException(where + ": expected a mapping (timesteps, attacks, batch_size), found " + node);
        }
        unknownKeys(node, KEYS, where);
        List<Integer> timesteps = new ArrayList<>();
        for (JsonNode t : list(node.get("timesteps"), where + ".timesteps")) {
            if (!t.isIntegralNumber() || !t.canConvertToInt() || t.asInt() < 1) {
                throw new Snn4jException(where + ".timesteps: expected integers >= 1, found " + t);
            }
            timesteps.add(t.asInt());
        }
        List<AdversarialAttack> attacks = new ArrayList<>();
        for (JsonNode a : list(node.get("attacks"), where + ".attacks")) {
            attacks.add(attack(a, where + ".attacks"));
        }
        int batchSize = node.has("batch_size") ? integer(node.get("batch_size"), where + ".batch_size") : 64;
        try {
            return new Evaluations(timesteps.stream().distinct().toList(), attacks, batchSize);
        } catch (Snn4jException e) {
            throw new Snn4jException(where + "." + e.getMessage(), e);
        }
    }

    /**
     * Runs every evaluation the run in {@code dir} has not recorded yet, under the run's lock, and
     * says what it found ("T'=1: 61.20%", "fgsm ε=0.0314: 12.30%"); nothing when all are recorded.
     *
     * @param dir a finished run
     * @param env the environment, for dataset locations
     */
    public List<String> runMissing(Path dir, Map<String, String> env) {
        List<String> done = new ArrayList<>();
        if (isEmpty()) {
            return done;
        }
        try (RunFolder claimed = RunFolder.claimExisting(dir); SavedRun trained = SavedRun.load(dir, "auto")) {
            TrainConfig config = trained.config();
            int trainedTimesteps = config.model().timesteps();
            String method = config.run().method().cliName();
            // the test set as trained: its size is the same at every T', so it decides what is recorded
            PreparedData data = PreparedData.load(config, env);
            long samples = data.test().size();
            List<AdversarialAttack> missingAttacks = attacks.stream().filter(a -> !AttackLog.has(claimed, a, samples)).toList();
            List<Integer> missingTimesteps = timesteps.stream().filter(t -> !LatencyLog.has(claimed, t, samples)).toList();
            if (!missingAttacks.isEmpty()) {
                MemoryEstimate.check(trained.network().cost(), trainedTimesteps, batchSize, true);
            }
            for (AdversarialAttack attack : missingAttacks) {
                AdversarialAttack.Result r = attack.run(trained.network(), trained.parameterStore(), trained.model().getNDManager(),
                        data.test(), batchSize, s -> {});
                AttackLog.record(claimed, attack, r, method);
                done.add(String.format(Locale.ROOT, "%s eps=%.5f: %.2f%% (clean %.2f%%)", attack.method().cliName(),
                        attack.epsilon(), 100 * r.attackedAccuracy(), 100 * r.cleanAccuracy()));
            }
            for (int t : missingTimesteps) {
                try (SavedRun saved = SavedRun.load(dir, config.run().device(), t)) {
                    // static samples are the same at any T'; event frames are integrated again for T'
                    PreparedData atT = data.test().temporal() ? PreparedData.load(saved.config(), env) : data;
                    MemoryEstimate.check(saved.network().cost(), t, batchSize, false);
                    Evaluation.Result r = Evaluation.run(saved.network(), saved.parameterStore(), saved.model().getNDManager(),
                            atT.test(), batchSize, s -> {});
                    LatencyLog.record(claimed, t, trainedTimesteps, r, method);
                    done.add(String.format(Locale.ROOT, "T'=%d: %.2f%%", t, 100 * r.accuracy()));
                }
            }
        }
        return done;
    }

    private static AdversarialAttack attack(JsonNode a, String where) {
        if (!a.isObject()) {
            throw new Snn4jException(where + ": expected mappings such as {method: fgsm, epsilon: 8/255}, found " + a);
        }
        unknownKeys(a, ATTACK_KEYS, where);
        if (!a.has("method") || !a.has("epsilon")) {
            throw new Snn4jException(where + ": expected 'method' and 'epsilon' in every attack, found " + a);
        }
        AttackMethod method = dev.snn4j.CliEnum.parse(AttackMethod.class, where + ".method", a.get("method").asText());
        double epsilon = fraction(a.get("epsilon"), where + ".epsilon");
        int steps = a.has("steps") ? integer(a.get("steps"), where + ".steps") : 7;
        double stepSize = a.has("step_size") ? fraction(a.get("step_size"), where + ".step_size") : 2.0 / 255;
        int seed = a.has("seed") ? integer(a.get("seed"), where + ".seed") : 0;
        try {
            return method == AttackMethod.FGSM ? new AdversarialAttack(method, epsilon, 1, epsilon, seed)
                    : new AdversarialAttack(method, epsilon, steps, stepSize, seed);
        } catch (Snn4jException e) {
            throw new Snn4jException(where + ": " + e.getMessage(), e);
        }
    }

    /** A number, or a fraction such as 8/255 (pixel units). */
    static double fraction(JsonNode node, String where) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            if (node.isTextual()) {
                return AdversarialAttack.parsePixels(node.asText());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // the message below
        }
        throw new Snn4jException(where + ": expected a number or a fraction such as 8/255, found " + node);
    }

    private static int integer(JsonNode node, String where) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new Snn4jException(where + ": expected an integer, found " + node);
        }
        return node.asInt();
    }

    private static Iterable<JsonNode> list(JsonNode node, String where) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new Snn4jException(where + ": expected a list, found " + node);
        }
        return node;
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw new Snn4jException(where + ": expected keys " + new java.util.TreeSet<>(known) + ", found '" + key + "'");
            }
        }
    }
}
