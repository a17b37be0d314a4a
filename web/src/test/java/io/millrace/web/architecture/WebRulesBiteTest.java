package io.millrace.web.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each rule of {@link WebRules} fails on a fixture that breaks it (package {@code io.millrace.web.archfixture}). */
class WebRulesBiteTest {

    @Test
    void aResourceUsingARepositoryIsCaught() {
        assertCaught(WebRules.WEB_USES_APPLICATION_SERVICES, "io.millrace.web.archfixture", "WorkspaceRepository");
    }

    @Test
    void aResourceUsingAnAdapterIsCaught() {
        assertCaught(WebRules.WEB_USES_APPLICATION_SERVICES, "io.millrace.web.archfixture", "DataDirectory");
    }

    @Test
    void aPackageCycleIsCaught() {
        assertCaught(WebRules.NO_CYCLES, "io.millrace.web.archfixture.cycle", "Cycle detected");
    }

    private static void assertCaught(ArchRule rule, String fixturePackage, String expected) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importPackages(fixturePackage));
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(result.hasViolation() && report.contains(expected), () -> "not caught: " + report);
    }
}
