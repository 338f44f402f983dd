package student;

import tangent.exercises.lesson01.CubicDerivative;
import tangent.exercises.lesson01.CubicDerivativeSamples;

/** The public samples for CubicDerivative, run against your class. */
class MyCubicDerivativeTest extends CubicDerivativeSamples {

    @Override
    protected CubicDerivative create() {
        return new MyCubicDerivative();
    }
}
