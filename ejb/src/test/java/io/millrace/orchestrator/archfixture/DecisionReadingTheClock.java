package io.millrace.orchestrator.archfixture;

/** Breaks the orchestrator rule on purpose (ArchitectureRulesBiteTest): a decision that reads the clock. */
public class DecisionReadingTheClock {
    public boolean due(long at) {
        return System.currentTimeMillis() >= at;
    }
}
