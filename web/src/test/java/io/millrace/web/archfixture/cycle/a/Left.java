package io.millrace.web.archfixture.cycle.a;

import io.millrace.web.archfixture.cycle.b.Right;

/** One half of a package cycle kept on purpose (WebRulesBiteTest). */
public class Left {
    public Right right() {
        return new Right();
    }
}
