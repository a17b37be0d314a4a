package io.millrace.archfixture.cycle.a;

import io.millrace.archfixture.cycle.b.Right;

/** One half of a package cycle kept on purpose (ArchitectureRulesBiteTest). */
public class Left {
    public Right right() {
        return new Right();
    }
}
