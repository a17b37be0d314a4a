package io.millrace.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core module's production classes keep the boundaries of {@link CoreRules}. */
class CoreArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.millrace");
    }

    @Test
    void domainIsPlain() {
        CoreRules.DOMAIN_IS_PLAIN.check(core);
    }

    @Test
    void applicationUsesPorts() {
        CoreRules.APPLICATION_USES_PORTS.check(core);
    }

    @Test
    void orchestratorIsPure() {
        CoreRules.ORCHESTRATOR_IS_PURE.check(core);
    }

    @Test
    void sharedIsPlain() {
        CoreRules.SHARED_IS_PLAIN.check(core);
    }

    @Test
    void noCycles() {
        CoreRules.NO_CYCLES.check(core);
    }
}
