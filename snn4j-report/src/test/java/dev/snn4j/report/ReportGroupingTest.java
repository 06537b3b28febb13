/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How runs become chart series (one per run, or averaged over seeds) and configurations (runs that
 * differ only in method and seed).
 */
class ReportGroupingTest {

    @TempDir
    Path tmp;

    @Test
    void runsArePerRunUpToEightAndAveragedBeyond() {
        List<RunData> few = new ArrayList<>();
        List<RunData> many = new ArrayList<>();
        for (int seed = 0; seed < 5; seed++) {
            for (String method : List.of("baseline", "trt")) {
                Path dir = RunFixtures.write(tmp.resolve(method + seed), RunFixtures.spec().method(method).seed(seed));
                RunData run = RunFolders.read(dir, method + seed);
                many.add(run);
                if (few.size() < 8) {
                    few.add(run);
                }
            }
        }
        assertEquals(8, Figures.sources(few).size());
        assertTrue(Figures.sources(few).stream().noneMatch(Figures.Source::aggregated));
        List<Figures.Source> sources = Figures.sources(many);
        assertEquals(List.of("baseline", "trt"), sources.stream().map(Figures.Source::name).toList());
        assertEquals(5, sources.get(1).runs().size());
        Figure loss = Figures.curve(sources, "train_loss", "t", "y", 1, "%.4f");
        Figure.Point first = loss.series().get(0).points().get(0);
        assertEquals(5, first.n());
        double[] ce = {1.0, 1.01, 1.02, 1.03, 1.04}; // 1.2 - 0.6/3 + 0.01 seed, as RunFixtures writes it
        assertEquals(Statistics.mean(ce), first.y(), 1e-12);
        assertEquals(Statistics.sampleStd(ce).getAsDouble(), first.error().getAsDouble(), 1e-12);
    }

    @Test
    void configurationsDifferInSettingsButMethodSeedAndPaths() {
        List<RunData> runs = new ArrayList<>();
        runs.add(RunFolders.read(RunFixtures.write(tmp.resolve("b4"), RunFixtures.spec().set("timesteps", 4)), "b4"));
        runs.add(RunFolders.read(RunFixtures.write(tmp.resolve("b8"), RunFixtures.spec().set("timesteps", 8)), "b8"));
        runs.add(RunFolders.read(RunFixtures.write(tmp.resolve("t4"), RunFixtures.spec().method("trt").set("timesteps", 4)
                .set("device", "cpu").set("data", "/elsewhere")), "t4"));
        runs.add(RunFolders.read(RunFixtures.write(tmp.resolve("t4a"), RunFixtures.spec().method("trt").set("timesteps", 4)
                .set("trt_beta", 0.0)), "t4a"));
        List<Configurations.Group> groups = Configurations.group(runs);
        assertEquals(List.of("timesteps=4, trt_beta=1.0", "timesteps=4, trt_beta=0.0", "timesteps=8"),
                groups.stream().map(Configurations.Group::label).toList());
        assertEquals(List.of("b4"), groups.get(0).runs().get("baseline").stream().map(RunData::name).toList());
        assertEquals(List.of("t4"), groups.get(0).runs().get("trt").stream().map(RunData::name).toList());
        assertEquals(List.of("b4"), groups.get(1).runs().get("baseline").stream().map(RunData::name).toList(),
                "a baseline serves every TRT configuration that agrees with it on the other settings");
        assertEquals(Set.of("baseline"), groups.get(2).methods());
    }

    /** Run folders of another snn4j version have other settings: they form their own configuration. */
    @Test
    void experimentsWithDifferentSettingKeysCombine() throws Exception {
        Path exp = RunFixtures.experiment(tmp.resolve("exp"));
        RunFixtures.write(tmp.resolve("older/baseline-seed0"), RunFixtures.spec().set("v_threshold", 1.0));
        Report.Result r = Report.write(List.of(exp, tmp.resolve("older")), tmp.resolve("out"), null);
        assertEquals(10, r.runs());
        List<RunData> runs = RunDiscovery.discover(List.of(exp, tmp.resolve("older"))).stream()
                .map(d -> RunFolders.read(d, d.getFileName().toString())).toList();
        List<String> names = Figures.sources(runs).stream().map(Figures.Source::name).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "unique series: " + names);
        assertTrue(names.contains("baseline · v_threshold=1.0"), names.toString());
        List<String> labels = Configurations.group(runs).stream().map(Configurations.Group::label).toList();
        assertEquals(List.of("trt_alpha=0.5", "trt_alpha=1.0", "v_threshold=1.0"), labels);

        Figure f = new Figure("x", "x", Figure.Kind.LINE, "x", "y", "%.1f", List.of(
                new Figure.Series("a", false, List.of()), new Figure.Series("a", false, List.of())));
        assertEquals(List.of("a", "a (2)"), f.series().stream().map(Figure.Series::name).toList());
    }
}
