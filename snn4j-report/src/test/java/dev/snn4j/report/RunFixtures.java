/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fabricated run folders in the real schema (docs/run-folders.md): a
 * config.json as {@code train} writes it and a metrics.json with one entry per epoch, so reports can
 * be tested without training.
 */
final class RunFixtures {

    /** A run to fabricate: method, seed, final test accuracy and ASFR, settings to change, epochs done. */
    static final class Spec {
        String method = "baseline";
        int seed = 0;
        double accuracy = 0.85;
        double asfr = 0.07;
        int epochs = 3;
        int done = 3;
        Map<String, Object> settings = new LinkedHashMap<>();
        Map<String, Double> extraFinal = new LinkedHashMap<>();
        double sops = 0;

        Spec method(String m) { method = m; return this; }
        Spec seed(int s) { seed = s; return this; }
        Spec accuracy(double a) { accuracy = a; return this; }
        Spec asfr(double a) { asfr = a; return this; }
        Spec done(int d) { done = d; return this; }
        Spec set(String key, Object value) { settings.put(key, value); return this; }
        Spec finalValue(String key, double value) { extraFinal.put(key, value); return this; }
        /** Synaptic operations per sample: metrics.json gets an energy object as training writes it. */
        Spec sops(double perSample) { sops = perSample; return this; }
    }

    static Spec spec() {
        return new Spec();
    }

    private RunFixtures() {}

    static Path write(Path dir, Spec s) {
        try {
            Files.createDirectories(dir);
            ObjectNode root = Json.mapper().createObjectNode();
            ObjectNode c = root.putObject("config");
            c.put("dataset", "fashion-mnist");
            c.putNull("data");
            c.put("model", "cnn3");
            c.put("method", s.method);
            c.put("timesteps", 4);
            c.put("epochs", s.epochs);
            c.put("batch_size", 64);
            c.put("optimizer", "sgd");
            c.put("lr", 0.1);
            c.put("momentum", 0.9);
            c.put("weight_decay", 5.0E-4);
            c.put("lr_schedule", "cosine");
            c.put("seed", s.seed);
            c.put("augment", "none");
            c.put("train_limit", 0);
            c.put("test_limit", 0);
            c.put("neuron", "lif");
            c.put("tau", 2.0);
            c.put("trt_reverse", "auto");
            c.put("trt_reverse_at", 1);
            c.put("trt_alpha", 1.0);
            c.put("trt_beta", 1.0);
            c.put("trt_temperature", 2.0);
            c.put("trt_reversed_ce", 1.0);
            c.put("trt_consistency", "detached");
            c.put("device", "auto");
            c.put("out", dir.toString());
            s.settings.forEach((k, v) -> c.set(k, Json.mapper().valueToTree(v)));
            ObjectNode spec = root.putObject("model_spec");
            spec.put("preset", "cnn3");
            spec.put("parameters", 94186);
            root.putObject("data").put("source", "fabricated by RunFixtures");
            root.putObject("provenance").put("snn4j_version", "test");
            Files.writeString(dir.resolve("config.json"), Json.write(root));

            ObjectNode m = Json.mapper().createObjectNode();
            m.put("schema_version", 1);
            m.put("method", s.method);
            ArrayNode epochs = m.putArray("epochs");
            boolean trt = !s.method.equals("baseline");
            for (int e = 1; e <= s.done; e++) {
                double progress = (double) e / s.epochs;
                ObjectNode ep = epochs.addObject();
                ep.put("epoch", e);
                double ce = 1.2 - 0.6 * progress + 0.01 * s.seed;
                ep.put("train_loss", trt ? ce * 3.2 : ce);
                ep.put("train_accuracy", s.accuracy - 0.15 * (1 - progress) - 0.02);
                ep.put("test_accuracy", s.accuracy - 0.1 * (1 - progress));
                ep.put("asfr", s.asfr);
                ObjectNode rates = ep.putObject("firing_rates");
                rates.put("stem.sn1", s.asfr * 0.7);
                rates.put("body.sn2", s.asfr * 0.6);
                rates.put("body.sn3", s.asfr * 1.7);
                ep.put("learning_rate", 0.1 * (1 - progress));
                ep.put("seconds", trt ? 300.0 : 160.0);
                ep.put("eval_seconds", 9.0);
                ep.put("samples_per_second", trt ? 200.0 : 375.0);
                ep.put("ce", ce);
                if (s.sops > 0) {
                    ep.set("energy", energy(s.sops * (1.2 - 0.2 * progress)));
                }
                if (trt) {
                    ep.put("reversed_ce", ce * 1.05);
                    ep.put("consistency_kl", 0.04 + 0.01 * progress);
                    ep.put("star_ce", ce * 1.4);
                }
            }
            if (s.done == s.epochs) {
                ObjectNode fin = m.putObject("final");
                fin.put("run_dir", dir.toString());
                fin.put("method", s.method);
                fin.put("test_accuracy", s.accuracy);
                fin.put("asfr", s.asfr);
                ObjectNode rates = fin.putObject("firing_rates");
                rates.put("stem.sn1", s.asfr * 0.7);
                rates.put("body.sn2", s.asfr * 0.6);
                rates.put("body.sn3", s.asfr * 1.7);
                fin.put("seconds_per_epoch", trt ? 300.0 : 160.0);
                fin.put("samples_per_second", trt ? 200.0 : 375.0);
                fin.put("epochs", s.epochs);
                fin.put("parameters", 94186);
                if (s.sops > 0) {
                    fin.set("energy", energy(s.sops));
                }
                s.extraFinal.forEach(fin::put);
            }
            Files.writeString(dir.resolve("metrics.json"), Json.write(m));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The energy object of metrics.json (SynapticOpsMonitor.perSample), for cnn3-like numbers. */
    static ObjectNode energy(double sops) {
        ObjectNode e = Json.mapper().createObjectNode();
        double macs = 1.27e6; // the stem's convolution on the real-valued image
        e.put("mac_pj", 4.6);
        e.put("ac_pj", 0.9);
        e.put("macs_per_sample", macs);
        e.put("sops_per_sample", sops);
        e.put("energy_uj_per_sample", (4.6 * macs + 0.9 * sops) * 1e-6);
        e.put("ann_macs_per_sample", 1.2e7);
        e.put("ann_energy_uj_per_sample", 4.6 * 1.2e7 * 1e-6);
        ArrayNode layers = e.putArray("layers");
        String[] names = {"stem.conv1", "body.conv2", "body.conv3", "head.fc"};
        double[] share = {0, 0.55, 0.4, 0.05};
        for (int i = 0; i < names.length; i++) {
            ObjectNode l = layers.addObject();
            l.put("name", names[i]);
            l.put("macs_per_sample", i == 0 ? macs : 0);
            l.put("sops_per_sample", share[i] * sops);
            if (i == 0) {
                l.putNull("input_spike_rate");
            } else {
                l.put("input_spike_rate", 0.05);
            }
        }
        return e;
    }

    /** attacks.json as {@code snn4j attack} writes it ({@code AttackLog}), one FGSM entry per epsilon. */
    static void attack(Path dir, String method, double clean, double[] epsilons, double[] attacked) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode array = root.putArray("attacks");
        for (int i = 0; i < epsilons.length; i++) {
            ObjectNode a = array.addObject();
            a.put("method", method);
            a.put("epsilon", epsilons[i]);
            a.put("steps", 1);
            a.put("step_size", epsilons[i]);
            a.put("seed", 0);
            a.put("samples", 10000);
            a.put("clean_accuracy", clean);
            a.put("attacked_accuracy", attacked[i]);
            a.put("training_method", "baseline");
            a.put("run_dir", dir.toString());
        }
        try {
            Files.writeString(dir.resolve("attacks.json"), Json.write(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An experiment: baseline and TRT with seeds 0-2, an ablation folder one level deeper (TRT with
     * trt_alpha 0.5, seeds 0-1), and an unfinished TRT run with seed 3. Baseline and TRT runs have
     * attacks.json and energy numbers.
     */
    static Path experiment(Path root) {
        double[] base = {0.851, 0.847, 0.855};
        double[] trt = {0.858, 0.852, 0.861};
        double[] baseAsfr = {0.0712, 0.0698, 0.0705};
        double[] trtAsfr = {0.0671, 0.0665, 0.0684};
        double[] baseSops = {1.52e6, 1.49e6, 1.50e6};
        double[] trtSops = {1.41e6, 1.43e6, 1.40e6};
        for (int seed = 0; seed < 3; seed++) {
            Path b = write(root.resolve("baseline-seed" + seed), spec().seed(seed).accuracy(base[seed]).asfr(baseAsfr[seed])
                    .sops(baseSops[seed]));
            Path t = write(root.resolve("trt-seed" + seed), spec().method("trt").seed(seed).accuracy(trt[seed])
                    .asfr(trtAsfr[seed]).sops(trtSops[seed]));
            attack(t, "fgsm", trt[seed], new double[] {0.05, 0.1}, new double[] {0.60 + 0.011 * seed, 0.40 + 0.007 * seed});
            attack(b, "fgsm", base[seed], new double[] {0.05, 0.1}, new double[] {0.55 + 0.013 * seed, 0.35 + 0.005 * seed});
        }
        write(root.resolve("ablation/trt-alpha0.5-seed0"), spec().method("trt").seed(0).accuracy(0.853).set("trt_alpha", 0.5));
        write(root.resolve("ablation/trt-alpha0.5-seed1"), spec().method("trt").seed(1).accuracy(0.846).set("trt_alpha", 0.5));
        write(root.resolve("trt-seed3"), spec().method("trt").seed(3).accuracy(0.80).done(1));
        return root;
    }
}
