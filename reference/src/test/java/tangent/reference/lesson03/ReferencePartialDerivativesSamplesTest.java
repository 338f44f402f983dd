package tangent.reference.lesson03;

import tangent.exercises.lesson03.PartialDerivatives;
import tangent.exercises.lesson03.PartialDerivativesSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferencePartialDerivativesSamplesTest extends PartialDerivativesSamples {

    @Override
    protected PartialDerivatives create() {
        return new ReferencePartialDerivatives();
    }
}
