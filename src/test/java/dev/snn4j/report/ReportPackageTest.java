package dev.snn4j.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * design.md: the report knows run folder files only. No engine, no model: it reads JSON with
 * {@link dev.snn4j.Json} and takes its statistics from {@link dev.snn4j.Statistics}.
 */
class ReportPackageTest {

    private static final JavaClasses CLASSES =
            new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.snn4j");

    @Test
    void reportKnowsRunFolderFilesOnly() {
        noClasses().that().resideInAPackage("..report..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..", "..neuron..", "..layer..", "..model..", "..trt..",
                        "..data..", "..train..", "..metrics..", "..cli..")
                .check(CLASSES);
    }

    /** Statistics sits in the root package for train and report alike; it must stay free of the engine. */
    @Test
    void statisticsNeedsNoEngine() {
        noClasses().that().haveFullyQualifiedName("dev.snn4j.Statistics")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..", "dev.snn4j.(*)..")
                .check(CLASSES);
    }
}
