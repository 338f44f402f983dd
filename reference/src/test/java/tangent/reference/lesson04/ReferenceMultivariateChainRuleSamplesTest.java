package tangent.reference.lesson04;

import tangent.exercises.lesson04.MultivariateChainRule;
import tangent.exercises.lesson04.MultivariateChainRuleSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceMultivariateChainRuleSamplesTest extends MultivariateChainRuleSamples {

    @Override
    protected MultivariateChainRule create() {
        return new ReferenceMultivariateChainRule();
    }
}
