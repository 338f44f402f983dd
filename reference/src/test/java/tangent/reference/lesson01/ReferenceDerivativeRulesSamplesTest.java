package tangent.reference.lesson01;

import tangent.exercises.lesson01.DerivativeRules;
import tangent.exercises.lesson01.DerivativeRulesSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceDerivativeRulesSamplesTest extends DerivativeRulesSamples {

    @Override
    protected DerivativeRules create() {
        return new ReferenceDerivativeRules();
    }
}
