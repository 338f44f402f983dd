package student;

import tangent.exercises.lesson04.MultivariateChainRule;
import tangent.exercises.lesson04.MultivariateChainRuleSamples;

/** The public samples for MultivariateChainRule, run against your class. */
class MyMultivariateChainRuleTest extends MultivariateChainRuleSamples {

    @Override
    protected MultivariateChainRule create() {
        return new MyMultivariateChainRule();
    }
}
