/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.experiment;

import dev.snn4j.config.ConfigFiles;
import dev.snn4j.config.TrainingMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentGridTest {

    private static List<ExperimentGrid.Run> expand(String json) throws Exception {
        JsonNode node = Json.mapper().readTree(json);
        return ExperimentGrid.expand(node, "exp.yaml");
    }

    @Test
    void crossProductOfListsMethodsAndSeeds() throws Exception {
        List<ExperimentGrid.Run> runs = expand("{\"timesteps\": [2, 4], \"epochs\": 1, \"methods\": [\"baseline\", \"trt\"], \"seeds\": [0, 1, 2]}");
        assertEquals(2 * 2 * 3, runs.size());
        ExperimentGrid.Run first = runs.get(0);
        assertEquals("timesteps=2", first.group());
        assertEquals("baseline-seed0", first.name());
        assertEquals(2, first.config().model().timesteps());
        assertEquals(1, first.config().run().epochs());
        assertEquals(TrainingMethod.BASELINE, first.config().run().method());
        ExperimentGrid.Run last = runs.get(runs.size() - 1);
        assertEquals("timesteps=4", last.group());
        assertEquals("trt-seed2", last.name());
        assertEquals(TrainingMethod.TRT, last.config().run().method());
        assertEquals(2, last.config().run().seed());
    }

    @Test
    void baselineIsSharedAcrossTrtSettings() throws Exception {
        List<ExperimentGrid.Run> runs = expand("{\"trt_alpha\": [0, 1], \"trt_beta\": [0, 1], \"seeds\": [0, 1]}");
        long baselines = runs.stream().filter(r -> r.config().run().method() == TrainingMethod.BASELINE).count();
        long trt = runs.stream().filter(r -> r.config().run().method() == TrainingMethod.TRT).count();
        assertEquals(2, baselines, "one baseline per seed, not one per TRT setting");
        assertEquals(4 * 2, trt);
        assertTrue(runs.stream().filter(r -> r.config().run().method() == TrainingMethod.BASELINE).allMatch(r -> r.group().equals("default")));
        assertTrue(runs.stream().anyMatch(r -> r.group().equals("trt_alpha=0,trt_beta=1")));
    }

    @Test
    void shippedExamplesExpand() {
        List<ExperimentGrid.Run> target = ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/fashion-mnist-cnn3.yaml")), "target");
        assertEquals(6, target.size());
        assertTrue(target.stream().allMatch(r -> r.config().run().epochs() == 3 && r.config().model().timesteps() == 4 && r.config().data().trainLimit() == 0));
        List<ExperimentGrid.Run> ablation = ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/trt-ablation.yaml")), "ablation");
        assertEquals(3 + 4 * 3, ablation.size(), "a shared baseline and four TRT variants, three seeds each");
    }

    /** Issue 16's grids: star readings (TRT only, a shared baseline) and the loss (baseline and TRT alike). */
    @Test
    void starReadingsAndLossesSweep() {
        List<ExperimentGrid.Run> study = ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/trt-star-readings.yaml")), "study");
        assertEquals(2 * (1 + 12) * 3, study.size(), "per loss: one baseline and 2 x 2 x 3 readings, three seeds");
        assertEquals(12 * 2 * 3, study.stream().filter(r -> r.config().run().method() == TrainingMethod.TRT).map(r -> r.config().trt()
                .starAt() + "/" + r.config().trt().starHead() + "/" + r.config().trt().starScale() + "/" + r.config().run().loss() + "/"
                + r.config().run().seed()).distinct().count());
        assertTrue(study.stream().anyMatch(r -> r.config().run().method() == TrainingMethod.BASELINE
                && r.config().run().loss() == dev.snn4j.trt.OutputLoss.TET && r.group().equals("loss=tet")));
        List<ExperimentGrid.Run> events = ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/trt-star-readings-nfmnist.yaml")), "events");
        assertTrue(events.stream().anyMatch(r -> r.config().augmentations().equals(dev.snn4j.data.Augmentation.NDA)));
        assertEquals(2 + 6 * 2, ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/trt-star-readings-tiny.yaml")), "tiny").size());
        assertEquals(8, ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/tet-vs-ce-tiny.yaml")), "tet").size());
        assertEquals(8, ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/nda-tiny.yaml")), "nda").size());
    }

    /** {@code variants}: each mapping a configuration of its own, over the top-level settings, crossed with the lists. */
    @Test
    void variantsAreConfigurationsOfTheirOwn() throws Exception {
        List<ExperimentGrid.Run> runs = expand("{\"epochs\": 1, \"augment\": \"none\", \"seeds\": [0, 1], \"timesteps\": [2, 4], "
                + "\"variants\": [{}, {\"trt_star_head\": \"auxiliary\"}, {\"augment\": \"flip\", \"loss\": \"tet\"}]}");
        // per T and seed: the shared baseline, TRT as ours, TRT with the auxiliary head, baseline and TRT with flip+TET
        assertEquals(2 * 2 * 5, runs.size());
        List<String> groups = runs.stream().map(r -> r.group() + "/" + r.name()).toList();
        assertEquals(List.of("timesteps=2/baseline-seed0", "timesteps=2/baseline-seed1", "timesteps=2/trt-seed0", "timesteps=2/trt-seed1"),
                groups.subList(0, 4));
        assertTrue(groups.contains("trt_star_head=auxiliary,timesteps=4/trt-seed1"), groups.toString());
        assertTrue(groups.stream().noneMatch(g -> g.startsWith("trt_star_head=auxiliary") && g.contains("baseline")),
                "a TRT-only variant shares the baseline: " + groups);
        ExperimentGrid.Run flip = runs.stream().filter(r -> r.group().equals("augment=flip,loss=tet,timesteps=4")
                && r.name().equals("baseline-seed0")).findFirst().orElseThrow();
        assertEquals(dev.snn4j.trt.OutputLoss.TET, flip.config().run().loss());
        assertEquals(java.util.Set.of(dev.snn4j.data.Augmentation.FLIP), flip.config().augmentations(), "the variant's value replaces the top level's");
        assertEquals(4, flip.config().model().timesteps());
        assertTrue(runs.stream().filter(r -> r.group().startsWith("timesteps=")).allMatch(r -> r.config().augmentations().isEmpty()));
    }

    @Test
    void shippedStudiesExpand() {
        List<ExperimentGrid.Run> images = ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/trt-study-fashion-mnist.yaml")), "images");
        assertEquals(3 * (2 + 8), images.size(), "baseline with CE and TET, TRT under 8 variants, three seeds");
        assertTrue(images.stream().allMatch(r -> r.evaluations().timesteps().equals(List.of(1, 2)) && r.evaluations().attacks().size() == 1));
        List<ExperimentGrid.Run> events = ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/trt-study-nfmnist.yaml")), "events");
        assertEquals(3 * (3 + 9), events.size(), "baseline with CE, TET and NDA, TRT under 9 variants, three seeds");
        assertTrue(events.stream().allMatch(r -> r.evaluations().attacks().isEmpty()));
    }

    @Test
    void evaluateIsReadStrictly() throws Exception {
        List<ExperimentGrid.Run> runs = expand("{\"evaluate\": {\"timesteps\": [1, 2, 1], \"attacks\": [{\"method\": \"fgsm\", \"epsilon\": \"8/255\"}, "
                + "{\"method\": \"pgd\", \"epsilon\": 0.1, \"steps\": 3, \"step_size\": \"1/255\"}]}}");
        Evaluations ev = runs.get(0).evaluations();
        assertEquals(List.of(1, 2), ev.timesteps());
        assertEquals(8.0 / 255, ev.attacks().get(0).epsilon(), 1e-12);
        assertEquals(1, ev.attacks().get(0).steps());
        assertEquals(3, ev.attacks().get(1).steps());
        assertEquals(1.0 / 255, ev.attacks().get(1).stepSize(), 1e-12);
        assertTrue(expand("{}").get(0).evaluations().isEmpty());
    }

    @Test
    void badVariantsAndEvaluationsAreNamed() {
        String[][] cases = {
            {"{\"timesteps\": [2, 4], \"variants\": [{\"timesteps\": 8}]}",
                "exp.yaml: variants: timesteps: expected a setting that is not swept at the top level nor set by the experiment, found a top-level list of it"},
            {"{\"variants\": [{\"seed\": 1}]}",
                "exp.yaml: variants: seed: expected a setting that is not swept at the top level nor set by the experiment, found 'seed'"},
            {"{\"variants\": [{\"trt_beta\": [0, 1]}]}",
                "exp.yaml: variants: trt_beta: expected one value (sweep with a top-level list), found [0,1]"},
            {"{\"variants\": [{}, {}]}", "exp.yaml: variants: expected each variant once, found {} twice"},
            {"{\"variants\": []}", "exp.yaml: variants: expected a non-empty list of mappings of settings, found []"},
            {"{\"variants\": [3]}", "exp.yaml: variants: expected mappings of settings such as {trt_beta: 0}, found 3"},
            {"{\"variants\": [{\"epochs\": 0}]}", "exp.yaml: 2 of 2 runs have invalid settings, the first: epochs=0/baseline-seed0: epochs: expected an integer >= 1, found 0"},
            {"{\"evaluate\": {\"timestep\": [1]}}", "exp.yaml: evaluate: expected keys [attacks, batch_size, timesteps], found 'timestep'"},
            {"{\"evaluate\": {\"timesteps\": [0]}}", "exp.yaml: evaluate.timesteps: expected integers >= 1, found 0"},
            {"{\"evaluate\": {\"timesteps\": [1.5]}}", "exp.yaml: evaluate.timesteps: expected integers >= 1, found 1.5"},
            {"{\"evaluate\": {\"attacks\": [{\"method\": \"fgsm\"}]}}",
                "exp.yaml: evaluate.attacks: expected 'method' and 'epsilon' in every attack, found {\"method\":\"fgsm\"}"},
            {"{\"evaluate\": {\"attacks\": [{\"method\": \"cw\", \"epsilon\": 0.1}]}}",
                "exp.yaml: evaluate.attacks.method: expected one of fgsm, pgd, found 'cw'"},
            {"{\"evaluate\": {\"attacks\": [{\"method\": \"fgsm\", \"epsilon\": \"8/0\"}]}}",
                "exp.yaml: evaluate.attacks.epsilon: expected a number or a fraction such as 8/255, found \"8/0\""},
            {"{\"evaluate\": {\"attacks\": [{\"method\": \"fgsm\", \"epsilon\": 2}]}}",
                "exp.yaml: evaluate.attacks: epsilon: expected a number in [0, 1] (pixel units), found 2.0"},
            {"{\"dataset\": \"nfmnist\", \"model\": \"dvs-cnn\", \"evaluate\": {\"attacks\": [{\"method\": \"fgsm\", \"epsilon\": 0.1}]}}",
                "exp.yaml: 2 of 2 runs have invalid settings, the first: default/baseline-seed0: evaluate.attacks: expected an image dataset (attacks perturb pixels), found nfmnist"},
        };
        for (String[] c : cases) {
            Snn4jException e = assertThrows(Snn4jException.class, () -> expand(c[0]), c[0]);
            assertEquals(c[1], e.getMessage(), c[0]);
        }
    }

    @Test
    void badFilesAreNamed() {
        Snn4jException e = assertThrows(Snn4jException.class, () -> expand("{\"epochs\": 0}"));
        assertEquals("exp.yaml: epochs: expected an integer >= 1, found 0", e.getMessage());
        e = assertThrows(Snn4jException.class, () -> expand("{\"seed\": 3}"));
        assertTrue(e.getMessage().startsWith("exp.yaml: seed: expected it in 'methods'/'seeds'"), e.getMessage());
        e = assertThrows(Snn4jException.class, () -> expand("{\"timesteps\": []}"));
        assertEquals("exp.yaml: timesteps: expected at least one value, found an empty list", e.getMessage());
        e = assertThrows(Snn4jException.class, () -> expand("{\"seeds\": [\"x\"]}"));
        assertEquals("exp.yaml: seeds: expected integers, found 'x'", e.getMessage());
        assertThrows(Snn4jException.class, () -> expand("{\"no_such_setting\": 1}"));
        assertThrows(Snn4jException.class, () -> expand("[1, 2]"));
    }
}
