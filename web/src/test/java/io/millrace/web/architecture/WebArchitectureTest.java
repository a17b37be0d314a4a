package io.millrace.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web module's production classes keep the boundaries of {@link WebRules}. */
class WebArchitectureTest {
    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.millrace.web");
    }

    @Test
    void webUsesApplicationServices() {
        WebRules.WEB_USES_APPLICATION_SERVICES.check(web);
    }

    @Test
    void noCycles() {
        WebRules.NO_CYCLES.check(web);
    }
}
