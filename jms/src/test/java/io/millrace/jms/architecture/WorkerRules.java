package io.millrace.jms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.MessageDriven;

/** The message-driven beans' one job, as an ArchUnit rule (see docs/architecture.md, "Package map"). */
final class WorkerRules {

    static final ArchRule WORKERS_ONLY_HAND_OVER = classes().that().areAnnotatedWith(MessageDriven.class)
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.millrace.jms..", "io.millrace.application..",
                    "jakarta.jms..", "jakarta.ejb..", "jakarta.inject..", "jakarta.interceptor..", "jakarta.annotation..", "java.lang..")
            .andShould().haveSimpleNameEndingWith("Worker")
            .because("a message-driven bean reads its message and hands it to an application service; the work "
                    + "(and every repository, queue or transaction) is the service's");

    private WorkerRules() {
    }
}
