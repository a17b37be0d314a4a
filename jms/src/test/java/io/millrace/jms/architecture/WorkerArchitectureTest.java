package io.millrace.jms.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The message-driven beans keep {@link WorkerRules}, and the rule fails on a fixture that breaks it
 * ({@code io.millrace.jms.archfixture}).
 */
class WorkerArchitectureTest {

    @Test
    void workersOnlyHandMessagesToApplicationServices() {
        JavaClasses workers = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.millrace.jms");
        WorkerRules.WORKERS_ONLY_HAND_OVER.check(workers);
    }

    @Test
    void aWorkerUsingARepositoryIsCaught() {
        EvaluationResult result = WorkerRules.WORKERS_ONLY_HAND_OVER.evaluate(
                new ClassFileImporter().importPackages("io.millrace.jms.archfixture"));
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(result.hasViolation() && report.contains("ExecutionRepository"), () -> "not caught: " + report);
    }
}
