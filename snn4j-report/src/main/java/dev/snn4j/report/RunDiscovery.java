/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the run folders that report arguments name, and gives them short unique names. */
final class RunDiscovery {

    private RunDiscovery() {}

    /**
     * The run folders named by the arguments: a run folder (it holds config.json) stands for itself;
     * any other folder for the run folders among its subfolders and their subfolders. Each run is
     * listed once, sorted by path.
     *
     * @throws Snn4jException naming the argument when it is not a folder or holds no run
     */
    static List<Path> discover(List<Path> arguments) {
        if (arguments.isEmpty()) {
            throw new Snn4jException("expected at least one run or experiment folder");
        }
        Set<Path> runs = new LinkedHashSet<>();
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument)) {
                throw new Snn4jException(argument + ": " + (Files.exists(argument) ? "not a folder" : "no such folder"));
            }
            List<Path> found = new ArrayList<>();
            if (isRun(argument)) {
                found.add(argument);
            } else {
                for (Path child : subfolders(argument)) {
                    if (isRun(child)) {
                        found.add(child);
                    } else {
                        subfolders(child).stream().filter(RunDiscovery::isRun).forEach(found::add);
                    }
                }
            }
            if (found.isEmpty()) {
                throw new Snn4jException(argument + ": no run folders (expected " + RunFolders.CONFIG
                        + " in it, in its subfolders or in theirs)");
            }
            found.stream().map(p -> p.toAbsolutePath().normalize()).sorted().forEach(runs::add);
        }
        return List.copyOf(runs);
    }

    static boolean isRun(Path dir) {
        return Files.isRegularFile(dir.resolve(RunFolders.CONFIG));
    }

    private static List<Path> subfolders(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new Snn4jException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    /**
     * Short unique names: a run's path inside the argument that named it (a run folder argument: its
     * folder name), prefixed with that argument's folder name when there are several arguments;
     * should two runs still get the same name, each is named by its path below the common parent of
     * all runs.
     */
    static Map<Path, String> names(List<Path> arguments, List<Path> runs) {
        List<Path> args = arguments.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Map<Path, String> names = new LinkedHashMap<>();
        for (Path run : runs) {
            Path arg = args.stream().filter(run::startsWith).findFirst().orElse(run);
            String inside = arg.equals(run) ? fileName(run) : arg.relativize(run).toString();
            names.put(run, args.size() > 1 && !arg.equals(run) ? fileName(arg) + "/" + inside : inside);
        }
        if (new LinkedHashSet<>(names.values()).size() == names.size()) {
            return names;
        }
        Path common = runs.get(0).getParent();
        for (Path run : runs) {
            while (common != null && !run.startsWith(common)) {
                common = common.getParent();
            }
        }
        for (Path run : runs) {
            names.put(run, common == null ? run.toString() : common.relativize(run).toString());
        }
        return names;
    }

    private static String fileName(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}
