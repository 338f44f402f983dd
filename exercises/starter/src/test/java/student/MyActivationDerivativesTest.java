package student;

import tangent.exercises.lesson05.ActivationDerivatives;
import tangent.exercises.lesson05.ActivationDerivativesSamples;

/** The public samples for ActivationDerivatives, run against your class. */
class MyActivationDerivativesTest extends ActivationDerivativesSamples {

    @Override
    protected ActivationDerivatives create() {
        return new MyActivationDerivatives();
    }
}
