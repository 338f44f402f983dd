package student;

import tangent.exercises.lesson01.DerivativeRules;
import tangent.exercises.lesson01.DerivativeRulesSamples;

/** The public samples for DerivativeRules, run against your class. */
class MyDerivativeRulesTest extends DerivativeRulesSamples {

    @Override
    protected DerivativeRules create() {
        return new MyDerivativeRules();
    }
}
