/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.CliEnum;
import dev.snn4j.Provenance;
import dev.snn4j.Snn4jException;
import dev.snn4j.neuron.SurrogateSpec;
import java.io.PrintWriter;
import java.util.List;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The top-level {@code snn4j} command. */
@Command(
        name = "snn4j",
        mixinStandardHelpOptions = true,
        versionProvider = Snn4jCommand.Version.class,
        description = "Spiking neural networks on the JVM, trained with or without Temporal Reversed Training (TRT).",
        subcommands = {TrainCommand.class, EvalCommand.class, DemoCommand.class, BenchCommand.class, AttackCommand.class, DataCommand.class, ModelsCommand.class, ReportCommand.class, ExperimentCommand.class, ExportCommand.class, ImportCommand.class})
public final class Snn4jCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--verbose",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Show library log messages (DJL start-up, native libraries) on stderr.")
    void setVerbose(boolean verbose) {
        if (verbose) {
            Logging.verboseToStderr();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a command: train, eval, demo, bench, attack, data, models, report, experiment, export or import");
    }

    /** The configured picocli command line, writing to the given streams. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Snn4jCommand());
        cl.setOut(out);
        cl.setErr(err);
        for (Class<?> type : Converters.CLI_ENUMS) {
            register(cl, type);
        }
        cl.registerConverter(SurrogateSpec.class, SurrogateSpec::parse);
        cl.setExecutionExceptionHandler(Snn4jCommand::handleError);
        return cl;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(CommandLine cl, Class type) {
        cl.registerConverter(type, text -> CliEnum.parse(type, "value", (String) text));
    }

    /** An error while running: one line, never a stack trace; details go to the log file. */
    private static int handleError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof Snn4jException) {
            cl.getErr().println("error: " + ConfigFlags.inFlags(cl.getCommandSpec(), e.getMessage()));
            return 1;
        }
        String allocation = MemoryErrors.nativeAllocation(e);
        if (allocation != null) {
            log(e);
            cl.getErr().println("error: out of memory: " + allocation + "; " + MemoryErrors.advice(cl.getCommandSpec()));
            return 1;
        }
        log(e);
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        cl.getErr().println(
                "error: internal error " + e.getClass().getSimpleName() + message + " (stack trace in " + Logging.logFile() + ")");
        return 1;
    }

    /** The stack trace goes to the log file only; a log that cannot be written is no reason to fail. */
    static void log(Throwable e) {
        try {
            LoggerFactory.getLogger(Snn4jCommand.class).error("internal error", e);
        } catch (RuntimeException | Error ignored) {
            // the one line on stderr is what matters
        }
    }

    /** {@code --version}: snn4j, DJL and Java versions. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return List.of(
                            "snn4j " + Provenance.readSnn4jVersion(),
                            "DJL " + ai.djl.engine.Engine.getDjlVersion(),
                            "Java " + System.getProperty("java.version"))
                    .toArray(new String[0]);
        }
    }
}
