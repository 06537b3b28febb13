/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the report's figures from runs: which numbers go into which chart. */
final class Figures {

    /** Up to this many runs, every run is its own series; with more, runs of a configuration and method are averaged. */
    static final int MAX_RUN_SERIES = 8;

    private Figures() {}

    /**
     * Where a series' numbers come from: one run, or the runs of one configuration and method.
     *
     * @param name the series name
     * @param runs its runs
     * @param aggregated a mean over runs (error bars: sample std)
     */
    record Source(String name, List<RunData> runs, boolean aggregated) {
        /** The runs whose final numbers count: all of one run, the finished ones of a group. */
        List<RunData> finalRuns() {
            return aggregated ? runs.stream().filter(RunData::finished).toList() : runs;
        }
    }

    static List<Source> sources(List<RunData> runs) {
        if (runs.size() <= MAX_RUN_SERIES) {
            return runs.stream().map(r -> new Source(r.name(), List.of(r), false)).toList();
        }
        Map<SortedMap<String, String>, List<RunData>> byKey = new LinkedHashMap<>();
        for (RunData run : runs) {
            SortedMap<String, String> key = Configurations.key(run);
            key.put("method", run.method());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
        }
        Set<String> varying = Configurations.varying(byKey.keySet());
        varying.remove("method");
        List<Source> sources = new ArrayList<>();
        byKey.entrySet().stream()
                .sorted((a, b) -> Methods.ORDER.compare(a.getKey().get("method"), b.getKey().get("method")))
                .forEach(e -> {
                    String settings = e.getKey().entrySet().stream().filter(s -> varying.contains(s.getKey()))
                            .map(s -> s.getKey() + "=" + s.getValue()).collect(Collectors.joining(", "));
                    String name = e.getKey().get("method") + (settings.isEmpty() ? "" : " · " + settings);
                    sources.add(new Source(name, e.getValue(), true));
                });
        return sources;
    }

    /** A per-epoch value (e.g. {@code train_loss}) of every source, as lines over the epochs. */
    static Figure curve(List<Source> sources, String key, String title, String yLabel, double scale, String format) {
        List<Figure.Series> series = new ArrayList<>();
        for (Source source : sources) {
            SortedMap<Integer, List<Double>> byEpoch = new TreeMap<>();
            for (RunData run : source.runs()) {
                for (RunData.Epoch e : run.epochs()) {
                    OptionalDouble v = e.value(key);
                    if (v.isPresent()) {
                        byEpoch.computeIfAbsent(e.epoch(), x -> new ArrayList<>()).add(scale * v.getAsDouble());
                    }
                }
            }
            List<Figure.Point> points = new ArrayList<>();
            byEpoch.forEach((epoch, values) -> points.add(point(String.valueOf(epoch), epoch, values, source.aggregated())));
            if (!points.isEmpty()) {
                series.add(new Figure.Series(source.name(), source.aggregated(), points));
            }
        }
        return new Figure(slug(key), title, Figure.Kind.LINE, "epoch", yLabel, format, series);
    }

    /** The final per-layer firing rates of every source, as bars grouped by layer. */
    static Figure firingRates(List<Source> sources) {
        return perLayer(sources, RunData::firingRates, "firing-rates", "Firing rate per layer (final)", "firing rate", "%.4f");
    }

    /** The synaptic operations per sample of each layer, as bars grouped by layer. */
    static Figure layerSops(List<Source> sources) {
        return perLayer(sources, RunData::layerSops, "sops-per-layer", "Synaptic operations per layer and sample (final)",
                "SOPs per sample", "%.4g");
    }

    private static Figure perLayer(List<Source> sources, Function<RunData, Map<String, Double>> values, String slug,
            String title, String yLabel, String format) {
        Set<String> layers = new LinkedHashSet<>();
        sources.forEach(s -> s.finalRuns().forEach(r -> layers.addAll(values.apply(r).keySet())));
        List<Figure.Series> series = new ArrayList<>();
        for (Source source : sources) {
            List<Figure.Point> points = new ArrayList<>();
            for (String layer : layers) {
                List<Double> v = source.finalRuns().stream().map(r -> values.apply(r).get(layer)).filter(x -> x != null).toList();
                if (!v.isEmpty()) {
                    points.add(point(layer, 0, v, source.aggregated()));
                }
            }
            if (!points.isEmpty()) {
                series.add(new Figure.Series(source.name(), source.aggregated(), points));
            }
        }
        return new Figure(slug, title, Figure.Kind.BAR, "layer", yLabel, format, series);
    }

    /** Mean ± std of a final metric per configuration (bars) and method (series), from the summary rows. */
    static Figure comparison(List<Summaries.Row> rows, Metric metric, String title) {
        Map<String, List<Figure.Point>> byMethod = new TreeMap<>(Methods.ORDER);
        for (Summaries.Row row : rows) {
            if (!row.metric().equals(metric)) {
                continue;
            }
            row.byMethod().forEach((method, s) -> byMethod.computeIfAbsent(method, m -> new ArrayList<>())
                    .add(new Figure.Point(row.group().label(), 0, metric.scale() * s.mean(),
                            s.std().isPresent() ? OptionalDouble.of(metric.scale() * s.std().getAsDouble()) : OptionalDouble.empty(),
                            s.n())));
        }
        List<Figure.Series> series = byMethod.entrySet().stream()
                .map(e -> new Figure.Series(e.getKey(), true, e.getValue())).toList();
        return new Figure("compare-" + slug(metric.id()), title, Figure.Kind.BAR, "configuration", metric.label(),
                format(metric), series);
    }

    /**
     * The paired difference of each method to the baseline per configuration, with its 95% t
     * confidence interval as error bars: the chart to read a gain from.
     */
    static Figure difference(List<Summaries.Row> rows, Metric metric, String title) {
        Map<String, List<Figure.Point>> byMethod = new TreeMap<>(Methods.ORDER);
        for (Summaries.Row row : rows) {
            if (!row.metric().equals(metric)) {
                continue;
            }
            for (Summaries.Comparison c : row.comparisons()) {
                c.paired().ifPresent(p -> byMethod.computeIfAbsent(c.method(), m -> new ArrayList<>())
                        .add(new Figure.Point(row.group().label(), 0, metric.scale() * p.meanDifference(),
                                p.interval().isPresent()
                                        ? OptionalDouble.of(metric.scale() * (p.interval().get().high() - p.meanDifference()))
                                        : OptionalDouble.empty(),
                                p.n())));
            }
        }
        List<Figure.Series> series = byMethod.entrySet().stream()
                .map(e -> new Figure.Series(e.getKey() + " − baseline", true, e.getValue())).toList();
        String unit = metric.kind() == Metric.Kind.ACCURACY ? " (pp)" : "";
        String name = metric.label().replace(" (%)", "");
        return new Figure("difference-" + slug(metric.id()), title, Figure.Kind.BAR, "configuration",
                "difference in " + name + unit, format(metric), Figure.Errors.CI95, series);
    }

    private static String format(Metric metric) {
        return metric.kind() == Metric.Kind.ACCURACY ? "%.2f" : metric.kind() == Metric.Kind.RATE ? "%.4f" : "%.4g";
    }

    /**
     * Accuracy under attack over epsilon, one series per source and attack; a clean accuracy is
     * drawn at epsilon 0 when the attack has no epsilon-0 entry.
     */
    static Figure attacks(List<Source> sources) {
        Set<String> methods = new TreeSet<>();
        sources.forEach(s -> s.runs().forEach(r -> r.attacks().forEach(a -> methods.add(a.name()))));
        List<Figure.Series> series = new ArrayList<>();
        for (Source source : sources) {
            for (String method : methods) {
                SortedMap<Double, List<Double>> byEpsilon = new TreeMap<>();
                List<Double> clean = new ArrayList<>();
                for (RunData run : source.finalRuns()) {
                    List<RunData.Attack> mine = run.attacks().stream().filter(a -> a.name().equals(method)).toList();
                    mine.forEach(a -> byEpsilon.computeIfAbsent(a.epsilon(), x -> new ArrayList<>()).add(100 * a.attackedAccuracy()));
                    if (mine.stream().noneMatch(a -> a.epsilon() == 0)) {
                        mine.stream().filter(a -> a.cleanAccuracy().isPresent()).findFirst()
                                .ifPresent(a -> clean.add(100 * a.cleanAccuracy().getAsDouble()));
                    }
                }
                if (byEpsilon.isEmpty()) {
                    continue;
                }
                if (!clean.isEmpty() && !byEpsilon.containsKey(0.0)) {
                    byEpsilon.put(0.0, clean);
                }
                List<Figure.Point> points = new ArrayList<>();
                byEpsilon.forEach((eps, values) -> points.add(point(Metric.formatEpsilon(eps), eps, values, source.aggregated())));
                String name = methods.size() > 1 ? source.name() + " · " + method : source.name();
                series.add(new Figure.Series(name, source.aggregated(), points));
            }
        }
        String title = "Accuracy under attack" + (methods.size() == 1 ? " (" + methods.iterator().next() + ")" : "");
        return new Figure("attack", title, Figure.Kind.LINE, "epsilon", "accuracy (%)", "%.2f", series);
    }

    /** Test accuracy against T' (timesteps.json of {@code snn4j eval --timesteps}), one line per run or configuration. */
    static Figure latency(List<Source> sources) {
        List<Figure.Series> series = new ArrayList<>();
        for (Source source : sources) {
            SortedMap<Integer, List<Double>> byTimesteps = new TreeMap<>();
            for (RunData run : source.finalRuns()) {
                run.finals().forEach((k, v) -> {
                    if (k.startsWith("latency:")) {
                        byTimesteps.computeIfAbsent(Integer.parseInt(k.substring("latency:".length())), t -> new ArrayList<>()).add(100 * v);
                    }
                });
            }
            List<Figure.Point> points = new ArrayList<>();
            byTimesteps.forEach((t, values) -> points.add(point(String.valueOf(t), t, values, source.aggregated())));
            series.add(new Figure.Series(source.name(), source.aggregated(), points));
        }
        return new Figure("latency", "Test accuracy at T' time steps", Figure.Kind.LINE, "T'", "accuracy (%)", "%.2f", series);
    }

    private static Figure.Point point(String label, double x, List<Double> values, boolean aggregated) {
        if (!aggregated && values.size() == 1) {
            return Figure.Point.of(label, x, values.get(0));
        }
        Statistics.Summary s = Statistics.summarize(values);
        return new Figure.Point(label, x, s.mean(), s.std(), s.n());
    }

    /** A file-name part: lower-case letters, digits and dashes. */
    static String slug(String text) {
        String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "figure" : slug;
    }
}
