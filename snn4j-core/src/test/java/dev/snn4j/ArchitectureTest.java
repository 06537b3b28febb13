/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.snn4j.neuron.kernel.FusedBackward;
import org.junit.jupiter.api.Test;

/** The package structure of design.md, enforced: arrows point one way. */
class ArchitectureTest {

    private static final JavaClasses CLASSES =
            new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.snn4j");

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }

    /** Everything above the model: training, its configuration, run folders, evaluation, experiments. */
    private static final String[] ABOVE_MODELS = {
        "dev.snn4j.trt..", "dev.snn4j.data..", "dev.snn4j.config..", "dev.snn4j.train..", "dev.snn4j.run..",
        "dev.snn4j.eval..", "dev.snn4j.experiment..", "dev.snn4j.cli..", "dev.snn4j.report.."
    };

    private static String[] with(String[] base, String... more) {
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    @Test
    void neuronsKnowOnlyArrays() {
        check(noClasses().that().resideInAPackage("..neuron..")
                .should().dependOnClassesThat().resideInAnyPackage(with(ABOVE_MODELS, "..layer..", "..model..", "..metrics..")));
    }

    @Test
    void layersKnowOnlyNeurons() {
        check(noClasses().that().resideInAPackage("..layer..")
                .should().dependOnClassesThat().resideInAnyPackage(with(ABOVE_MODELS, "..model..", "..metrics..")));
    }

    /** A trained model loads and runs with no TRT code: models and metrics never see the trt package. */
    @Test
    void modelsAndMetricsKnowNothingOfTraining() {
        check(noClasses().that().resideInAnyPackage("..model..", "..metrics..")
                .should().dependOnClassesThat().resideInAnyPackage(ABOVE_MODELS));
    }

    @Test
    void trtKnowsModelsButNotTrainingOrData() {
        check(noClasses().that().resideInAPackage("..trt..")
                .should().dependOnClassesThat().resideInAnyPackage(with(java.util.Arrays.stream(ABOVE_MODELS)
                        .filter(p -> !p.startsWith("dev.snn4j.trt")).toArray(String[]::new), "..metrics..")));
    }

    @Test
    void dataStandsAlone() {
        check(noClasses().that().resideInAPackage("..data..")
                .should().dependOnClassesThat().resideInAnyPackage("..neuron..", "..layer..", "..model..", "..trt..", "..train..", "..metrics..", "..cli..", "..report..",
                        "dev.snn4j.config..", "dev.snn4j.run..", "dev.snn4j.eval..", "dev.snn4j.experiment..", "ai.djl.."));
    }

    /** The fused kernel is plain arithmetic on buffers: it knows DJL's arrays and nothing of snn4j. */
    @Test
    void kernelStandsAlone() {
        check(noClasses().that().resideInAPackage("dev.snn4j.neuron.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.snn4j", "dev.snn4j.neuron", "dev.snn4j.layer..",
                        "dev.snn4j.model..", "dev.snn4j.trt..", "dev.snn4j.data..", "dev.snn4j.train..", "dev.snn4j.run..",
                        "dev.snn4j.eval..", "dev.snn4j.config..", "dev.snn4j.metrics..", "dev.snn4j.inference.."));
    }

    /** Classifying with a saved model needs no training, TRT or experiments. */
    @Test
    void inferenceKnowsNoTraining() {
        check(noClasses().that().resideInAPackage("dev.snn4j.inference..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.snn4j.trt..", "dev.snn4j.train..",
                        "dev.snn4j.experiment..", "dev.snn4j.eval.."));
    }

    /** Settings describe a run; they never reach for run folders, training loops or evaluation. */
    @Test
    void configKnowsOnlyWhatItDescribes() {
        check(noClasses().that().resideInAPackage("dev.snn4j.config..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.snn4j.train", "dev.snn4j.run..", "dev.snn4j.eval..",
                        "dev.snn4j.experiment..", "dev.snn4j.cli..", "dev.snn4j.report.."));
    }

    /** Run folders are the contract: they know settings and models, never the loops that write them. */
    @Test
    void runFoldersKnowNoLoops() {
        check(noClasses().that().resideInAPackage("dev.snn4j.run..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.snn4j.train", "dev.snn4j.eval..",
                        "dev.snn4j.experiment..", "dev.snn4j.cli..", "dev.snn4j.report.."));
    }

    @Test
    void evaluationKnowsNoTrainingLoop() {
        check(noClasses().that().resideInAPackage("dev.snn4j.eval..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.snn4j.train..", "dev.snn4j.experiment..",
                        "dev.snn4j.cli..", "dev.snn4j.report.."));
    }

    @Test
    void trainingKnowsNoExperiments() {
        check(noClasses().that().resideInAPackage("dev.snn4j.train..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.snn4j.experiment..", "dev.snn4j.cli..", "dev.snn4j.report.."));
    }

    @Test
    void nothingButTheCommandLineKnowsTheCommandLine() {
        check(noClasses().that().resideOutsideOfPackage("..cli..").should().dependOnClassesThat().resideInAPackage("..cli.."));
    }

    /** See {@link Scalars}: DJL's arithmetic with a Number frees its constant before backward. */
    @Test
    void arithmeticWithNumbersGoesThroughScalars() {
        for (String op : new String[] {"add", "sub", "mul", "div", "pow"}) {
            check(noClasses().that().doNotHaveFullyQualifiedName(Scalars.class.getName())
                    .should().callMethod(NDArray.class, op, Number.class)
                    .because("NDArray." + op + "(Number) frees its constant before the backward pass; use Scalars"));
        }
    }

    /**
     * Fused spiking layers cut the autograd graph, and only {@link FusedBackward#backward} carries
     * gradients across the cuts: a plain GradientCollector.backward would silently leave every
     * layer before the last spiking layer without gradients. It is also the one place that talks
     * to the PyTorch engine directly.
     */
    @Test
    void everyBackwardPassGoesThroughFusedBackward() {
        check(noClasses().that().doNotHaveFullyQualifiedName(FusedBackward.class.getName())
                .should().callMethod(GradientCollector.class, "backward", NDArray.class)
                .because("spiking layers may be fused; use FusedBackward.backward"));
        check(noClasses().that().doNotHaveFullyQualifiedName(FusedBackward.class.getName())
                .should().dependOnClassesThat().resideInAPackage("ai.djl.pytorch.."));
    }
}
