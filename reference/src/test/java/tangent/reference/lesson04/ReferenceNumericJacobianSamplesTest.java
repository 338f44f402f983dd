package tangent.reference.lesson04;

import tangent.exercises.lesson04.NumericJacobian;
import tangent.exercises.lesson04.NumericJacobianSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceNumericJacobianSamplesTest extends NumericJacobianSamples {

    @Override
    protected NumericJacobian create() {
        return new ReferenceNumericJacobian();
    }
}
