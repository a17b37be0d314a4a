package io.millrace.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link CoreRules} fails on a fixture class that breaks it (the {@code archfixture} packages of
 * the test sources), so a rule that stopped matching anything would be noticed.
 */
class CoreRulesBiteTest {

    @Test
    void aDomainClassUsingJmsIsCaught() {
        assertCaught(CoreRules.DOMAIN_IS_PLAIN, "io.millrace.domain.archfixture", "jakarta.jms.Message");
    }

    @Test
    void aUseCaseCallingAnAdapterIsCaught() {
        assertCaught(CoreRules.APPLICATION_USES_PORTS, "io.millrace.application.archfixture", "DataDirectory");
    }

    @Test
    void anOrchestratorReadingTheClockIsCaught() {
        assertCaught(CoreRules.ORCHESTRATOR_IS_PURE, "io.millrace.orchestrator.archfixture", "currentTimeMillis");
    }

    @Test
    void aSharedHelperUsingTheDomainIsCaught() {
        assertCaught(CoreRules.SHARED_IS_PLAIN, "io.millrace.shared.archfixture", "ExecutionStatus");
    }

    @Test
    void aPackageCycleIsCaught() {
        assertCaught(CoreRules.NO_CYCLES, "io.millrace.archfixture.cycle", "Cycle detected");
    }

    private static void assertCaught(ArchRule rule, String fixturePackage, String expected) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importPackages(fixturePackage));
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(result.hasViolation() && report.contains(expected), () -> "not caught: " + report);
    }
}
