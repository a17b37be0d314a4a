package io.millrace.web.archfixture.cycle.b;

import io.millrace.web.archfixture.cycle.a.Left;

/** The other half of a package cycle kept on purpose (WebRulesBiteTest). */
public class Right {
    public Left left() {
        return new Left();
    }
}
