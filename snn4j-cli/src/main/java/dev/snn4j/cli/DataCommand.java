/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.ImagePreview;
import dev.snn4j.data.SampleDataset;
import dev.snn4j.data.events.EventDatasetInfo;
import dev.snn4j.data.events.EventDatasets;
import dev.snn4j.data.events.EventPreview;
import dev.snn4j.data.events.FrameCounts;
import dev.snn4j.data.points.PointPreview;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code snn4j data info|preview}: look at a dataset before training on it. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Look at a dataset: facts or a preview image.",
        subcommands = {DataCommand.Info.class, DataCommand.Preview.class})
final class DataCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a subcommand: info or preview");
    }

    /** {@code data info}: sizes, classes, shapes; for event data events per sample, durations, sensor. */
    @Command(name = "info", mixinStandardHelpOptions = true, description = "Samples, classes and shapes of a dataset; events per sample, durations and sensor for event data.")
    static final class Info implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOptions options;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                description = "Event data: scan only the first N samples of each part for the statistics; 0 = all (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print the facts as one JSON object on stdout.")
        boolean json;

        @Override
        public Integer call() {
            DatasetRequest request = ConfigFlags.usageChecked(spec, options::config).datasetRequest(System.getenv());
            DatasetSplits splits = Datasets.load(request);
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("dataset", request.id().cliName());
            node.put("source", splits.source());
            node.put("train_samples", splits.train().size());
            node.put("test_samples", splits.test().size());
            node.set("classes", Json.mapper().valueToTree(splits.train().classNames()));
            node.set("sample_shape", Json.mapper().valueToTree(splits.train().sampleShape()));
            node.put("temporal", splits.train().temporal());
            ArrayNode counts = node.putArray("train_class_counts");
            Arrays.stream(classCounts(splits.train())).forEach(counts::add);
            if (request.id().isTemporal()) {
                EventDatasetInfo info = EventDatasets.info(request, limit);
                node.set("events_per_sample", Json.mapper().valueToTree(info.eventsPerSample()));
                node.set("duration_us", Json.mapper().valueToTree(info.durationMicros()));
                node.set("sensor", Json.mapper().valueToTree(new int[] {info.sensor().width(), info.sensor().height()}));
                node.put("statistics_over", limit > 0 ? "first " + limit + " samples of each part" : "all samples");
            }
            splits.facts().forEach(node::put);
            ObjectNode details = node.putObject("details");
            splits.details().forEach(details::put);
            if (!splits.warnings().isEmpty()) {
                node.set("warnings", Json.mapper().valueToTree(splits.warnings()));
            }
            print(node);
            return 0;
        }

        private static int[] classCounts(SampleDataset data) {
            int[] counts = new int[data.numClasses()];
            for (int i = 0; i < data.size(); i++) {
                counts[data.label(i)]++;
            }
            return counts;
        }

        private void print(ObjectNode node) {
            var out = spec.commandLine().getOut();
            if (json) {
                out.print(Json.write(node));
            } else {
                node.fields().forEachRemaining(e -> out.printf(Locale.ROOT, "%-22s %s%n", e.getKey(),
                        e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
            }
            out.flush();
        }
    }

    /** {@code data preview}: one sample as a PNG (image strip) or an animated GIF. */
    @Command(name = "preview", mixinStandardHelpOptions = true, description = "Draw one sample: a PNG (image, or event frames as a strip) or an animated GIF (event frames).")
    static final class Preview implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOptions options;

        @Option(names = "--index", paramLabel = "I", defaultValue = "0", description = "Sample index (default: ${DEFAULT-VALUE}).")
        int index;

        @Option(names = "--split", paramLabel = "PART", defaultValue = "test", description = "train or test (default: ${DEFAULT-VALUE}).")
        String split;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.png or FILE.gif (event data).")
        Path out;

        @Override
        public Integer call() {
            boolean training = switch (split.toLowerCase(Locale.ROOT)) {
                case "train" -> true;
                case "test" -> false;
                default -> throw new CommandLine.ParameterException(spec.commandLine(), "--split: expected train or test, found '" + split + "'");
            };
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean gif = name.endsWith(".gif");
            if (!gif && !name.endsWith(".png")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out: expected a .png or .gif file, found " + out);
            }
            DatasetRequest request = ConfigFlags.usageChecked(spec, options::config).datasetRequest(System.getenv());
            if (request.id().isTemporal()) {
                FrameCounts frames = EventDatasets.preview(request, training, index);
                int scale = EventPreview.autoScale(frames.height());
                if (gif) {
                    EventPreview.writeGif(out, frames, scale, 150);
                } else {
                    EventPreview.writePng(out, frames, scale);
                }
            } else {
                if (gif) {
                    throw new Snn4jException("--out: expected a .png for the static dataset " + request.id().cliName() + ", found " + out);
                }
                DatasetSplits splits = Datasets.load(request);
                SampleDataset part = training ? splits.train() : splits.test();
                ImagePreview.writePng(out, request.id().kind() == DatasetId.Kind.POINTS
                        ? PointPreview.render(part, index, 240)
                        : ImagePreview.render(part, index, 8));
            }
            spec.commandLine().getOut().println(out);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
