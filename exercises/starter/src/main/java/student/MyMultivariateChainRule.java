package student;

import tangent.exercises.lesson04.MultivariateChainRule;

/** Lesson 04: the multivariate chain rule. The task is in the Javadoc of MultivariateChainRule. */
public class MyMultivariateChainRule implements MultivariateChainRule {

    @Override
    public double totalDerivative(double[] gradient, double[] velocity) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] chain(double[][]... jacobians) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
