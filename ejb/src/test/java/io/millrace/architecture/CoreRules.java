package io.millrace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;

/** The boundaries of the core module, as ArchUnit rules (see docs/architecture.md, "Package map"). */
final class CoreRules {
    /** What only adapters may touch: messaging, HTTP, servlets, the JavaScript engine, the JPA implementation. */
    static final String[] TECHNOLOGY = {"jakarta.jms..", "jakarta.ws.rs..", "jakarta.servlet..", "org.graalvm..",
            "org.eclipse.persistence.."};
    static final String[] ADAPTERS = {"io.millrace.infrastructure..", "io.millrace.runtime.graal..",
            "io.millrace.runtime.npm.."};

    static final ArchRule DOMAIN_IS_PLAIN = noClasses().that().resideInAPackage("io.millrace.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(TECHNOLOGY)
            .orShould().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .orShould().dependOnClassesThat().resideInAnyPackage("io.millrace.application..")
            .because("domain aggregates hold state and rules; adapters and use cases depend on them, not the reverse");

    static final ArchRule APPLICATION_USES_PORTS = noClasses().that().resideInAPackage("io.millrace.application..")
            .should().dependOnClassesThat().resideInAnyPackage(TECHNOLOGY)
            .orShould().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .because("use cases reach the outside through ports that infrastructure implements");

    static final ArchRule ORCHESTRATOR_IS_PURE = noClasses().that().resideInAnyPackage("io.millrace.orchestrator..")
            .should().dependOnClassesThat().resideInAnyPackage(TECHNOLOGY)
            .orShould().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .orShould().dependOnClassesThat().resideInAnyPackage("io.millrace.application..", "jakarta.persistence..",
                    "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..", "jakarta.ejb..")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(Instant.class, "now")
            .because("every decision is made from stored results and the time it is given, so it can be replayed");

    static final ArchRule SHARED_IS_PLAIN = noClasses().that().resideInAPackage("io.millrace.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(TECHNOLOGY)
            .orShould().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .orShould().dependOnClassesThat().resideInAnyPackage("io.millrace.application..", "io.millrace.domain..")
            .because("shared building blocks are used by every layer");

    static final ArchRule NO_CYCLES = slices().matching("io.millrace.(**)").should().beFreeOfCycles();

    private CoreRules() {
    }
}
