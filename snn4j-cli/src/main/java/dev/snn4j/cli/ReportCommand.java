/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code snn4j report}: one HTML page of charts and tables from run folders. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write one HTML page (DIR/index.html, charts in DIR/img) from run folders: learning curves, accuracy, "
                    + "loss terms, firing rates, and per configuration mean ± std over seeds with the paired TRT − baseline "
                    + "difference (95%% CI, p-value).",
            "Each argument is a run folder (it holds config.json) or a folder of run folders (also one level deeper)."
        })
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN_OR_EXPERIMENT_DIR", description = "Run folders or folders holding run folders.")
    List<Path> dirs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for index.html and img/.")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = Report.DEFAULT_TITLE, description = "Page title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--json", description = "Print what was written as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        Report.Result result = Report.write(dirs, out, title);
        var err = spec.commandLine().getErr();
        result.warnings().forEach(w -> err.println("note: " + w));
        err.flush();
        var stdout = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("index", result.index().toString());
            node.put("runs", result.runs());
            ArrayNode images = node.putArray("images");
            result.images().forEach(p -> images.add(p.toString()));
            ArrayNode warnings = node.putArray("notes");
            result.warnings().forEach(warnings::add);
            stdout.print(Json.write(node));
        } else {
            stdout.println("report of " + result.runs() + (result.runs() == 1 ? " run" : " runs") + ", "
                    + result.images().size() + " charts: " + result.index());
        }
        stdout.flush();
        return 0;
    }
}
