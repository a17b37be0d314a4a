package io.millrace.archfixture.cycle.b;

import io.millrace.archfixture.cycle.a.Left;

/** The other half of a package cycle kept on purpose (ArchitectureRulesBiteTest). */
public class Right {
    public Left left() {
        return new Left();
    }
}
