package student;

import tangent.exercises.lesson03.PartialDerivatives;
import tangent.exercises.lesson03.PartialDerivativesSamples;

/** The public samples for PartialDerivatives, run against your class. */
class MyPartialDerivativesTest extends PartialDerivativesSamples {

    @Override
    protected PartialDerivatives create() {
        return new MyPartialDerivatives();
    }
}
