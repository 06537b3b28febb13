/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.IoErrors;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a folder is, looked at without changing it: nothing yet, an empty folder, a snn4j run (with
 * its {@link RunMarker}), a run of a snn4j from before the marker (recognised by a complete
 * config.json and metrics.json), or something else, which snn4j must leave alone.
 *
 * @param kind what the folder is
 * @param marker the run's marker ({@link Kind#RUN} only)
 * @param finished whether the run ended normally (a run's marker says so; an earlier version's
 *     metrics.json has its {@code final} results)
 * @param detail for {@link Kind#DAMAGED} the problem, for {@link Kind#FOREIGN} the entries found
 */
record RunFolderState(Kind kind, RunMarker marker, boolean finished, String detail) {

    /** The kinds of folder {@code --out} can name. */
    enum Kind {
        /** Nothing there: a new run may start. */
        ABSENT,
        /** An empty folder (or one holding only a released {@code run.lock}): a new run may start. */
        EMPTY,
        /** A snn4j run folder with its marker. */
        RUN,
        /** A run folder of a snn4j from before the marker: complete config.json and metrics.json. */
        EARLIER_RUN,
        /** Looks like a snn4j run but a file that decides its state cannot be read. */
        DAMAGED,
        /** Not a snn4j run: never written to. */
        FOREIGN,
        /** A file (or something else) where a folder should be. */
        NOT_A_FOLDER
    }

    static RunFolderState inspect(Path dir) {
        if (!Files.exists(dir)) {
            return new RunFolderState(Kind.ABSENT, null, false, null);
        }
        if (!Files.isDirectory(dir)) {
            return new RunFolderState(Kind.NOT_A_FOLDER, null, false, null);
        }
        List<String> names;
        try (Stream<Path> entries = Files.list(dir)) {
            names = entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new Snn4jException(dir + ": cannot list the folder: " + IoErrors.reason(e), e);
        }
        List<String> others = names.stream().filter(n -> !n.equals(RunLock.FILE)).toList();
        if (others.isEmpty()) {
            return new RunFolderState(Kind.EMPTY, null, false, null);
        }
        if (names.contains(RunMarker.FILE)) {
            try {
                RunMarker marker = RunMarker.read(dir);
                return new RunFolderState(Kind.RUN, marker, marker.isFinished(), null);
            } catch (Snn4jException e) {
                return new RunFolderState(Kind.DAMAGED, null, false, e.getMessage());
            }
        }
        if (names.contains(RunFolder.CONFIG) && names.contains(RunFolder.METRICS) && earlierConfig(dir.resolve(RunFolder.CONFIG))) {
            try {
                JsonNode metrics = Json.mapper().readTree(dir.resolve(RunFolder.METRICS).toFile());
                if (metrics == null || !metrics.path("schema_version").isInt() || !metrics.path("epochs").isArray()) {
                    return new RunFolderState(Kind.DAMAGED, null, false,
                            dir.resolve(RunFolder.METRICS) + ": expected a metrics.json with schema_version and epochs, found "
                                    + (metrics == null ? "an empty file" : "other keys"));
                }
                return new RunFolderState(Kind.EARLIER_RUN, null, metrics.has("final"), null);
            } catch (IOException e) {
                return new RunFolderState(Kind.DAMAGED, null, false,
                        dir.resolve(RunFolder.METRICS) + ": cannot read JSON: " + Json.problem(e));
            }
        }
        String listed = String.join(", ", others.subList(0, Math.min(3, others.size()))) + (others.size() > 3 ? ", ..." : "");
        return new RunFolderState(Kind.FOREIGN, null, false, others.size() + " entr" + (others.size() == 1 ? "y" : "ies")
                + " (" + listed + ")");
    }

    /** The state of {@code dir} for a new run ({@code resume} false) or a resumed one; refusals are one line. */
    static RunFolderState requireWritable(Path dir, String role, boolean resume) {
        if (dir.toString().isEmpty()) {
            throw new Snn4jException(role + ": expected a folder, found an empty path");
        }
        RunFolderState state = inspect(dir);
        boolean ok = switch (state.kind()) {
            case ABSENT, EMPTY -> !resume;
            case RUN -> !state.finished();
            case EARLIER_RUN -> resume && !state.finished();
            default -> false;
        };
        if (!ok) {
            throw refusal(dir, role, state);
        }
        return state;
    }

    static Snn4jException refusal(Path dir, String role, RunFolderState state) {
        String head = role + " " + dir + ": ";
        return new Snn4jException(head + switch (state.kind()) {
            case ABSENT, EMPTY -> "expected a run folder to continue, found " + (state.kind() == Kind.ABSENT
                    ? "nothing" : "an empty folder");
            case NOT_A_FOLDER -> "expected a folder, found a file";
            case RUN, EARLIER_RUN -> state.finished()
                    ? "expected a new folder or an unfinished run, found a finished run (it is never overwritten)"
                    : "expected a new folder, found an unfinished run of an earlier snn4j (no " + RunMarker.FILE
                            + "): continue it with `resume`, or choose another folder";
            case DAMAGED -> "expected a run folder snn4j can read, found a damaged one (" + state.detail()
                    + "); it is left as it is";
            case FOREIGN -> "expected an empty folder or a snn4j run folder (" + RunMarker.FILE + "), found " + state.detail()
                    + " that snn4j did not write; nothing was changed: choose another folder";
        });
    }

    /** A config.json that snn4j wrote: its settings, model and provenance objects. */
    private static boolean earlierConfig(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 1 << 20) {
                return false;
            }
            JsonNode root = Json.mapper().readTree(file.toFile());
            return root != null && root.path(RunRecord.CONFIG_KEY).isObject() && root.path(RunRecord.MODEL_KEY).isObject()
                    && root.path("provenance").path("snn4j_version").isTextual();
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes the files of an unfinished run (with a marker) and temporary files a killed process left behind. */
    static void removeLeftovers(Path dir) throws IOException {
        for (String name : new String[] {RunFolder.CONFIG, RunFolder.METRICS, RunFolder.PARAMS, Checkpoint.FILE}) {
            Files.deleteIfExists(dir.resolve(name));
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && (name.endsWith(".tmp") || name.startsWith(".model-"))) {
                    RunFolder.deleteRecursively(p);
                }
            }
        }
    }

    /** A run (with a marker or from an earlier snn4j) that can be read. */
    boolean isRun() {
        return kind == Kind.RUN || kind == Kind.EARLIER_RUN;
    }
}
