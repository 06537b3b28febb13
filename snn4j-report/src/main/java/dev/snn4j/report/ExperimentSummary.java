/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import dev.snn4j.AtomicFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * The end of an experiment, the same however its grid was run ({@code snn4j experiment}, the
 * {@code --summarize-only} after its shards, the Spark application): the summary over seeds of the
 * run folders under the experiment folder, in {@value #SUMMARY} and printed, and the HTML report in
 * {@value #REPORT}/.
 */
public final class ExperimentSummary {

    /** The summary's file in the experiment folder. */
    public static final String SUMMARY = "summary.md";
    /** The report's folder in the experiment folder. */
    public static final String REPORT = "report";

    /**
     * What was written.
     *
     * @param summary the Markdown table and its notes, as in {@value #SUMMARY}
     * @param report the report, or null when none was asked for
     */
    public record Written(String summary, Report.Result report) {

        /** What the command line prints: the summary, then the report's page. */
        public String text() {
            return summary + (report == null ? "" : "report: " + report.index() + "\n");
        }
    }

    private ExperimentSummary() {}

    /**
     * Writes {@code root}/{@value #SUMMARY} and, when {@code withReport}, {@code root}/{@value #REPORT}/
     * from the run folders under {@code root}; both atomically, so a reader sees the old or the new
     * version.
     *
     * @throws dev.snn4j.Snn4jException naming the folder or file when {@code root} holds no run or a
     *     run file is not valid JSON
     */
    public static Written write(Path root, boolean withReport) {
        String summary = SummaryTable.text(List.of(root));
        AtomicFiles.writeString(root.resolve(SUMMARY), summary);
        Report.Result report = withReport
                ? Report.write(List.of(root), root.resolve(REPORT), "snn4j experiment " + root.toAbsolutePath().normalize().getFileName())
                : null;
        return new Written(summary, report);
    }
}
