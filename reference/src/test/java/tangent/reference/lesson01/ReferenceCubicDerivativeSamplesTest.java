package tangent.reference.lesson01;

import tangent.exercises.lesson01.CubicDerivative;
import tangent.exercises.lesson01.CubicDerivativeSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceCubicDerivativeSamplesTest extends CubicDerivativeSamples {

    @Override
    protected CubicDerivative create() {
        return new ReferenceCubicDerivative();
    }
}
