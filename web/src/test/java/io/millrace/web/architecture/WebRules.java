package io.millrace.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the web module, as ArchUnit rules (see docs/architecture.md, "Package map"). */
final class WebRules {

    static final ArchRule WEB_USES_APPLICATION_SERVICES = noClasses().that().resideInAPackage("io.millrace.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.millrace.infrastructure..", "io.millrace.batch..",
                    "io.millrace.jms..", "io.millrace.runtime.graal..", "io.millrace.runtime.npm..",
                    "org.eclipse.persistence..", "jakarta.persistence..", "jakarta.jms..", "org.graalvm..")
            .orShould().dependOnClassesThat(and(resideInAPackage("io.millrace.domain.."),
                    simpleNameEndingWith("Repository")))
            .because("resources and filters reach storage, messaging, jobs and start-up through application services");

    static final ArchRule NO_CYCLES = slices().matching("io.millrace.web.(**)").should().beFreeOfCycles();

    private WebRules() {
    }
}
