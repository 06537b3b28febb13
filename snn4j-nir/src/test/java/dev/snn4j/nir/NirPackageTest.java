/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * NIR export and import see models only: the model, layer and neuron packages, never training,
 * TRT, data, evaluation, run folders or the command line. A NIR file carries nothing of how a
 * model was trained. Only {@code nir.run} writes an imported model as a run folder: it sees run
 * folders and settings, never training, TRT, evaluation or the command line.
 */
class NirPackageTest {

    private static final JavaClasses CLASSES =
            new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.snn4j");

    @Test
    void nirKnowsModelsOnly() {
        noClasses().that().resideInAPackage("dev.snn4j.nir")
                .should().dependOnClassesThat().resideInAnyPackage("dev.snn4j.train..", "dev.snn4j.trt..", "dev.snn4j.data..",
                        "dev.snn4j.eval..", "dev.snn4j.run..", "dev.snn4j.config..", "dev.snn4j.experiment..", "dev.snn4j.metrics..",
                        "dev.snn4j.cli..", "dev.snn4j.report..")
                .check(CLASSES);
    }

    @Test
    void importedRunsSeeRunFoldersButNoTraining() {
        noClasses().that().resideInAPackage("dev.snn4j.nir.run..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.snn4j.train..", "dev.snn4j.trt..", "dev.snn4j.eval..",
                        "dev.snn4j.experiment..", "dev.snn4j.metrics..", "dev.snn4j.cli..", "dev.snn4j.report..")
                .check(CLASSES);
    }
}
