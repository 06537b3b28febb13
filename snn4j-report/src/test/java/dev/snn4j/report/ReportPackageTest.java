/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * design.md: the report knows run folder files only. No engine, no model: it reads JSON with
 * {@link dev.snn4j.Json} and takes its statistics from {@link dev.snn4j.report.Statistics}.
 */
class ReportPackageTest {

    private static final JavaClasses CLASSES =
            new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.snn4j");

    @Test
    void reportKnowsRunFolderFilesOnly() {
        noClasses().that().resideInAPackage("..report..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..", "..neuron..", "..layer..", "..model..", "..trt..",
                        "..data..", "..train..", "..metrics..", "..cli..", "dev.snn4j.config..", "dev.snn4j.run..", "dev.snn4j.eval..",
                        "dev.snn4j.experiment..")
                .check(CLASSES);
    }

    /** Statistics is plain arithmetic (and commons-math's t distribution): no engine, nothing else of snn4j. */
    @Test
    void statisticsNeedsNoEngine() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().haveFullyQualifiedName("dev.snn4j.report.Statistics")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.apache.commons.math3..", "dev.snn4j.report..",
                        "dev.snn4j")
                .check(CLASSES);
    }
}
