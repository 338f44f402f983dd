package tangent.reference.lesson06;

import tangent.exercises.lesson06.GradientDescent1D;
import tangent.exercises.lesson06.GradientDescent1DSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceGradientDescent1DSamplesTest extends GradientDescent1DSamples {

    @Override
    protected GradientDescent1D create() {
        return new ReferenceGradientDescent1D();
    }
}
